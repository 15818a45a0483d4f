// EventEmitter as Node 0.10 has it, observable state included: own properties `domain`,
// `_events`, `_maxListeners` in that order; `_events[type]` holding the listener itself
// while there is one and an array from the second on (with `warned` once the leak
// warning fired); `once` wrappers named `g` carrying `.listener`.
import { DOMAIN_MODULE, type DomainLike, type DomainModuleLike } from './domain';
import { LEAK_WARNING, programConsole } from './warn';

/**
 * A listener. Declared through a method so that listeners taking specific argument types
 * are accepted (method parameters are compared bivariantly).
 */
export type Listener = { bivarianceHack(...args: unknown[]): unknown }['bivarianceHack'];

type Stored = Listener & { listener?: Listener };
type StoredList = Stored[] & { warned?: boolean };

export interface EventEmitter {
  /** The domain this emitter was created in (set while a domain is active), else null. */
  domain?: DomainLike | null;
  _events?: Record<string, Stored | StoredList>;
  _maxListeners?: number;
  setMaxListeners(n: number): void;
  emit(event: string, ...args: unknown[]): boolean;
  addListener(event: string, listener: Listener): this;
  on(event: string, listener: Listener): this;
  once(event: string, listener: Listener): this;
  removeListener(event: string, listener: Listener): this;
  removeAllListeners(event?: string): this;
  listeners(event: string): Listener[];
}

export interface EventEmitterConstructor {
  new (): EventEmitter;
  /** Initialises `this` as an emitter (the 0.10 subclassing idiom: EventEmitter.call(this)). */
  (this: object): void;
  prototype: EventEmitter;
  /** The number of listeners `emitter` has for `event`. */
  listenerCount(emitter: EventEmitter, event: string): number;
}

export interface EventsModule {
  /** Set to true by the domain module once it is loaded. */
  usingDomains: boolean;
  EventEmitter: EventEmitterConstructor;
}

interface ProcessGlobal {
  process?: unknown;
}

const DEFAULT_MAX_LISTENERS = 10;

// A declaration, and the only top-level binding of that name in the bundle, so that the
// bundler keeps its name (`[Function: EventEmitter]` in inspect output).
function EventEmitter(this: EventEmitter): void {
  this.domain = null;
  if (events.usingDomains) {
    const domains = (EventEmitter as unknown as Record<symbol, DomainModuleLike | undefined>)[DOMAIN_MODULE];
    const active = domains && domains.active;
    if (active && !(this instanceof domains.Domain)) this.domain = active;
  }
  this._events = this._events || {};
  this._maxListeners = this._maxListeners || DEFAULT_MAX_LISTENERS;
}

const Emitter = EventEmitter as unknown as EventEmitterConstructor;

// Prototype methods are anonymous function expressions, as 0.10's are ([Function] when
// inspected), added in 0.10's order. Assigned through `EventEmitter` (not the typed alias), so
// that the engine infers 0.10's frame names for them: `EventEmitter.addListener`,
// `My.EventEmitter.once` (a stack printed `Emitter.addListener` otherwise).

EventEmitter.prototype.setMaxListeners = function (this: EventEmitter, n: number): void {
  if (typeof n !== 'number' || n < 0) throw sited(new TypeError('n must be a positive number'), 49);
  this._maxListeners = n;
};

// The hot path, kept small so that V8 inlines it into callers (measured: a one-listener
// emit runs several times faster inlined). The first three arguments are named so that the
// common calls never touch `arguments` beyond its length; several listeners go through
// callEach / applyEach. Its `length` is set back to 1 below, as in 0.10.
EventEmitter.prototype.emit = function (this: EventEmitter, type: string, a1?: unknown, a2?: unknown, a3?: unknown): boolean {
  let events = this._events;
  if (!events) events = this._events = {};
  const handler = events[type];
  if (handler === undefined) return type === 'error' ? unhandledError(this, a1) : false;

  if (this.domain && !isProcess(this)) this.domain.enter();
  const argc = arguments.length;
  if (typeof handler === 'function') {
    switch (argc) {
      case 1:
        handler.call(this);
        break;
      case 2:
        handler.call(this, a1);
        break;
      case 3:
        handler.call(this, a1, a2);
        break;
      case 4:
        handler.call(this, a1, a2, a3);
        break;
      default:
        handler.apply(this, restOf(arguments));
    }
  } else {
    // 0.10 treats an empty (or falsy) 'error' entry as no listener.
    if (type === 'error' && (!handler || !handler.length)) return unhandledError(this, a1);
    if (typeof handler === 'object') {
      if (argc <= 4) callEach(this, handler, argc, a1, a2, a3);
      else applyEach(this, handler, restOf(arguments));
    }
  }
  if (this.domain && !isProcess(this)) this.domain.exit();
  return true;
};
Object.defineProperty(Emitter.prototype.emit, 'length', { value: 1 });
// This emit itself, kept where a program that replaces EventEmitter.prototype.emit (to trace
// events, say) does not reach it: siblings that skip emit() for a by-name listener lookup
// (@n10/stream's per-chunk events) do so only for emitters whose emit is this one. Under a
// registered symbol, invisible to 0.10 programs.
Object.defineProperty(Emitter, Symbol.for('n10.events.emit'), { value: Emitter.prototype.emit });

EventEmitter.prototype.addListener = function (this: EventEmitter, type: string, listener: Listener) {
  if (typeof listener !== 'function') throw sited(new TypeError('listener must be a function'), 130);
  let events = this._events;
  if (!events) events = this._events = {};

  // Announced before it is added, so a 'newListener' listener is not told about itself.
  if (events.newListener) {
    const original = (listener as Stored).listener;
    this.emit('newListener', type, typeof original === 'function' ? original : listener);
    // 0.10 reads this._events again: a 'newListener' listener may have replaced it.
    events = this._events || (this._events = {});
  }

  const existing = events[type];
  if (!existing) {
    events[type] = listener;
    return this;
  }
  let list: StoredList;
  if (typeof existing === 'object') {
    list = existing;
    list.push(listener);
  } else {
    list = events[type] = [existing, listener];
  }

  if (!list.warned) {
    // 0.10 has no EventEmitter.defaultMaxListeners: an unset _maxListeners means no limit.
    const max = this._maxListeners;
    if (max && max > 0 && list.length > max) {
      list.warned = true;
      // Traced from here, so the trace's first frame is the addListener call (as in 0.10).
      const con = programConsole();
      if (con) {
        con.error(LEAK_WARNING, list.length);
        if (typeof con.trace === 'function') con.trace();
      }
    }
  }
  return this;
};

Emitter.prototype.on = Emitter.prototype.addListener;

EventEmitter.prototype.once = function (this: EventEmitter, type: string, listener: Listener) {
  if (typeof listener !== 'function') throw sited(new TypeError('listener must be a function'), 171);
  // Named g: 0.10 programs see `[Function: g]` in inspect output of once listeners.
  // No "fired" guard: in 0.10.19 a once listener that a nested emit of the same event
  // already ran (the outer emit's copy of the list still holds it) runs again.
  function g(this: EventEmitter): void {
    this.removeListener(type, g);
    listener.apply(this, arguments as unknown as unknown[]);
  }
  (g as Stored).listener = listener;
  this.on(type, g);
  return this;
};

EventEmitter.prototype.removeListener = function (this: EventEmitter, type: string, listener: Listener) {
  if (typeof listener !== 'function') throw sited(new TypeError('listener must be a function'), 189);
  const events = this._events;
  if (!events || !events[type]) return this;
  const list = events[type];

  if (list === listener || (typeof list === 'function' && list.listener === listener)) {
    dropKey(this, events, type);
  } else if (typeof list === 'object') {
    // The last matching registration goes, as in 0.10.
    let position = -1;
    for (let i = list.length; i-- > 0; ) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (list.length === 1) {
      list.length = 0;
      dropKey(this, events, type);
    } else {
      list.splice(position, 1);
    }
  } else {
    return this;
  }

  if (this._events!.removeListener) this.emit('removeListener', type, listener);
  return this;
};

EventEmitter.prototype.removeAllListeners = function (this: EventEmitter, type?: string) {
  const events = this._events;
  if (!events) return this;

  // Nobody listens for 'removeListener': drop them without announcing each.
  if (!events.removeListener) {
    if (arguments.length === 0) this._events = {};
    else if (events[type as string]) delete events[type as string];
    return this;
  }

  if (arguments.length === 0) {
    for (const key in events) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = {};
    return this;
  }

  const listeners = events[type as string];
  if (typeof listeners === 'function') {
    this.removeListener(type as string, listeners);
  } else {
    // Last in, first out. (0.10 throws here when there are none: so does this.)
    while (listeners!.length) this.removeListener(type as string, listeners![listeners!.length - 1]);
  }
  delete this._events![type as string];
  return this;
};

EventEmitter.prototype.listeners = function (this: EventEmitter, type: string): Listener[] {
  const events = this._events;
  const list = events && events[type];
  if (!list) return [];
  if (typeof list === 'function') return [list];
  return list.slice();
};

// Through `EventEmitter` too, so that its frame is 0.10's `Function.EventEmitter.listenerCount`.
(EventEmitter as unknown as EventEmitterConstructor).listenerCount = function (emitter: EventEmitter, type: string): number {
  if (emitter === null || emitter === undefined) {
    // 0.10 read emitter._events first: V8 3.14's TypeError, at that line of events.js.
    const er = new TypeError(`Cannot read property '_events' of ${emitter}`);
    noteThrowSite(er, 283, '  if (!emitter._events || !emitter._events[type])', ' '.repeat(14) + '^');
    throw er;
  }
  const events = emitter._events;
  const list = events && events[type];
  if (!list) return 0;
  if (typeof list === 'function') return 1;
  return list.length;
};

// Several listeners: called on a copy, so that listeners added or removed while emitting
// do not change this round (0.10's rule). A literal copies two or three faster than slice.
function snapshot(list: StoredList): Stored[] {
  const n = list.length;
  if (n === 2) return [list[0], list[1]];
  if (n === 3) return [list[0], list[1], list[2]];
  return list.slice();
}

function callEach(self: EventEmitter, list: StoredList, argc: number, a1: unknown, a2: unknown, a3: unknown): void {
  const listeners = snapshot(list);
  const n = listeners.length;
  switch (argc) {
    case 1:
      for (let i = 0; i < n; i++) listeners[i].call(self);
      break;
    case 2:
      for (let i = 0; i < n; i++) listeners[i].call(self, a1);
      break;
    case 3:
      for (let i = 0; i < n; i++) listeners[i].call(self, a1, a2);
      break;
    default:
      for (let i = 0; i < n; i++) listeners[i].call(self, a1, a2, a3);
  }
}

function applyEach(self: EventEmitter, list: StoredList, args: unknown[]): void {
  const listeners = snapshot(list);
  for (let i = 0; i < listeners.length; i++) listeners[i].apply(self, args);
}

function restOf(args: IArguments): unknown[] {
  const out = new Array(args.length - 1);
  for (let i = 1; i < args.length; i++) out[i - 1] = args[i];
  return out;
}

// Removes events[type]. When it is the only key, a fresh {} replaces the object instead:
// `delete` is a runtime call in V8 and dominated once() + emit (measured 2× faster this
// way); the emitter's visible state is the same `{}`.
function dropKey(emitter: EventEmitter, events: Record<string, Stored | StoredList>, type: string): void {
  for (const key in events) {
    if (key !== type) {
      delete events[type];
      return;
    }
  }
  emitter._events = {};
}

// 0.10 leaves `process` out of domain enter/exit around its own events.
function isProcess(emitter: EventEmitter): boolean {
  return emitter === (globalThis as ProcessGlobal).process;
}

function unhandledError(emitter: EventEmitter, er: unknown): boolean {
  const domain = emitter.domain;
  if (domain) {
    if (!er) er = new TypeError('Uncaught, unspecified "error" event.');
    // 0.10's sloppy-mode assignments to a primitive were silent no-ops.
    if (typeof er === 'object' || typeof er === 'function') {
      const tagged = er as Record<string, unknown>;
      tagged.domainEmitter = emitter;
      tagged.domain = domain;
      tagged.domainThrown = false;
    }
    domain.emit('error', er);
    return false;
  }
  if (er instanceof Error) {
    noteThrowSite(er, 72, "        throw er; // Unhandled 'error' event");
    throw er; // Unhandled 'error' event
  }
  const unspecified = new TypeError('Uncaught, unspecified "error" event.');
  noteThrowSite(unspecified, 74, "        throw TypeError('Uncaught, unspecified \"error\" event.');");
  throw unspecified;
}

// Where 0.10 threw these: events.js, lines 72 and 74. The n10 runtime keeps a registry of
// throw sites (by error) and shows the site of an uncaught error on stderr, as 0.10 did;
// elsewhere there is no registry and nothing to do.
const THROW_SITES = Symbol.for('n10.throwSites');
// 0.10's argument checks (setMaxListeners :49, addListener :130, once :171, removeListener
// :189) were all `    throw TypeError('…');`.
function sited(er: TypeError, line: number): TypeError {
  const msg = er.message;
  noteThrowSite(er, line, `    throw TypeError('${msg}');`, '          ^');
  return er;
}
function noteThrowSite(er: Error, line: number, text: string, caret = '              ^'): void {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'events.js', line, text, caret });
}

export const events: EventsModule = {
  usingDomains: false,
  EventEmitter: Emitter,
};
