import test from 'ava';
import events, { EventEmitter } from '@n10/events';
import util from '@n10/util';

type Listener = (...args: unknown[]) => unknown;
type Internals = { _events: Record<string, unknown>; _maxListeners?: number; domain?: unknown };

function state(e: object): Internals {
  return e as unknown as Internals;
}

// Replaces the global console's error/trace for the duration of fn (the leak warning goes there).
function withConsole(fn: (calls: string[]) => void): string[] {
  const con = globalThis.console as unknown as Record<string, unknown>;
  const saved = { error: con.error, trace: con.trace };
  const calls: string[] = [];
  con.error = (...args: unknown[]) => calls.push('error ' + util.format(...args));
  con.trace = (...args: unknown[]) => calls.push('trace ' + args.length);
  try {
    fn(calls);
  } finally {
    con.error = saved.error;
    con.trace = saved.trace;
  }
  return calls;
}

test('Class: events.EventEmitter — the module shape of require("events")', (t) => {
  t.deepEqual(Object.keys(events), ['usingDomains', 'EventEmitter']);
  t.is(events.usingDomains, false);
  t.is(events.EventEmitter, EventEmitter);
  t.is(typeof EventEmitter, 'function');
  t.deepEqual(Object.keys(EventEmitter.prototype), [
    'setMaxListeners', 'emit', 'addListener', 'on', 'once', 'removeListener', 'removeAllListeners', 'listeners',
  ]);
  t.deepEqual(Object.keys(EventEmitter), ['listenerCount']);
  t.is(EventEmitter.length, 0);
  t.is(EventEmitter.prototype.emit.length, 1);
  t.is(util.inspect(events), "{ usingDomains: false,\n  EventEmitter: { [Function: EventEmitter] listenerCount: [Function] } }");
});

test('Class: events.EventEmitter — instance state as 0.10 lays it out', (t) => {
  const e = new EventEmitter();
  t.deepEqual(Object.keys(e), ['domain', '_events', '_maxListeners']);
  t.is(util.inspect(e), '{ domain: null, _events: {}, _maxListeners: 10 }');
  const o = {};
  (EventEmitter as unknown as (this: object) => void).call(o);
  t.is(util.inspect(o), '{ domain: null, _events: {}, _maxListeners: 10 }');
});

test('emitter.addListener(event, listener) and emitter.on(event, listener) add to the end and chain', (t) => {
  const e = new EventEmitter();
  const order: string[] = [];
  const a = () => order.push('a');
  const b = () => order.push('b');
  t.is(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
  t.is(e.on('x', a), e);
  t.is(state(e)._events.x, a); // one listener is stored as itself
  t.is(e.addListener('x', b), e);
  t.deepEqual(state(e)._events.x, [a, b]);
  e.emit('x');
  t.deepEqual(order, ['a', 'b']);
  t.throws(() => e.on('x', 'nope' as unknown as Listener), { instanceOf: TypeError, message: 'listener must be a function' });
  t.throws(() => e.addListener('x', undefined as unknown as Listener), { instanceOf: TypeError });
});

test('emitter.once(event, listener) runs once, through a wrapper named g', (t) => {
  const e = new EventEmitter();
  const seen: unknown[] = [];
  function named(this: unknown, ...args: unknown[]) {
    seen.push(this, ...args);
  }
  t.is(e.once('x', named), e);
  const wrapper = state(e)._events.x as Listener & { listener: Listener };
  t.is(wrapper.name, 'g');
  t.is(wrapper.listener, named);
  t.is(util.inspect(e.listeners('x')), '[ { [Function: g] listener: [Function: named] } ]');
  t.true(e.emit('x', 1, 2));
  t.false(e.emit('x', 3));
  t.deepEqual(seen, [e, 1, 2]);
  t.throws(() => e.once('x', 5 as unknown as Listener), { instanceOf: TypeError, message: 'listener must be a function' });
});

test('emitter.once(event, listener) — no fired guard: a nested emit and the outer one both run it (0.10.19)', (t) => {
  const e = new EventEmitter();
  const order: string[] = [];
  e.once('x', () => {
    order.push('o1');
    e.emit('x');
  });
  e.once('x', () => order.push('o2'));
  e.emit('x');
  t.deepEqual(order, ['o1', 'o2', 'o2']);
  t.is(e.listeners('x').length, 0);
});

test("emitter.addListener(event, listener) — adds to the _events a 'newListener' listener left", (t) => {
  const e = new EventEmitter();
  e.on('newListener', (type: string) => {
    if (type === 'x') e.removeAllListeners();
  });
  const a = () => {};
  e.on('x', a);
  t.deepEqual(e.listeners('x'), [a]);
  t.is(e.listeners('newListener').length, 0);
});

test('emitter.removeListener(event, listener) removes the last matching registration', (t) => {
  const e = new EventEmitter();
  const a = () => {};
  const b = () => {};
  e.on('x', a).on('x', b).on('x', a);
  t.is(e.removeListener('x', a), e);
  t.deepEqual(state(e)._events.x, [a, b]);
  e.removeListener('x', a);
  t.deepEqual(state(e)._events.x, [b]); // stays an array, as in 0.10
  e.removeListener('x', b);
  t.false('x' in state(e)._events);
  t.is(e.removeListener('never', a), e);
  e.once('o', a);
  e.removeListener('o', a); // a once listener is found by its original
  t.is(e.listeners('o').length, 0);
  t.throws(() => e.removeListener('x', {} as Listener), { instanceOf: TypeError, message: 'listener must be a function' });
});

test('emitter.removeListener keeps the other keys of _events', (t) => {
  const e = new EventEmitter();
  const a = () => {};
  e.on('keep', a).on('drop', a);
  e.removeListener('drop', a);
  t.deepEqual(Object.keys(state(e)._events), ['keep']);
  e.removeListener('keep', a);
  t.is(util.inspect(e), '{ domain: null, _events: {}, _maxListeners: 10 }');
});

test('emitter.removeAllListeners([event]) removes one event or all, and chains', (t) => {
  const e = new EventEmitter();
  const a = () => {};
  e.on('p', a).on('p', a).on('q', a);
  t.is(e.removeAllListeners('p'), e);
  t.deepEqual(Object.keys(state(e)._events), ['q']);
  t.is(e.removeAllListeners('absent'), e);
  t.is(e.removeAllListeners(), e);
  t.deepEqual(state(e)._events, {});
  const bare = Object.create(EventEmitter.prototype);
  t.is(bare.removeAllListeners(), bare);
  t.deepEqual(Object.keys(bare), []);
});

test('emitter.setMaxListeners(n) returns nothing, validates n, 0 means unlimited', (t) => {
  const e = new EventEmitter();
  t.is(e.setMaxListeners(3), undefined);
  t.is(state(e)._maxListeners, 3);
  for (const bad of ['a', -1, null, undefined]) {
    t.throws(() => e.setMaxListeners(bad as unknown as number), { instanceOf: TypeError, message: 'n must be a positive number' });
  }
  e.setMaxListeners(0);
  const calls = withConsole(() => {
    for (let i = 0; i < 30; i++) e.on('x', () => {});
  });
  t.deepEqual(calls, []);
});

test('emitter.setMaxListeners — the leak warning, once per listener array, through console.error and console.trace', (t) => {
  const e = new EventEmitter();
  const noop = () => {};
  const calls = withConsole(() => {
    for (let i = 0; i < 10; i++) e.on('a', noop);
    t.is((state(e)._events.a as { warned?: boolean }).warned, undefined);
    e.on('a', noop);
    e.on('a', noop);
    for (let i = 0; i < 11; i++) e.on('b', noop);
  });
  const text = 'error (node) warning: possible EventEmitter memory leak detected. 11 listeners added. Use emitter.setMaxListeners() to increase limit.';
  t.deepEqual(calls, [text, 'trace 0', text, 'trace 0']);
  t.true((state(e)._events.a as { warned?: boolean }).warned);
  t.regex(util.inspect(state(e)._events.b), /warned: true \]$/);

  const unset = new EventEmitter();
  state(unset)._maxListeners = undefined;
  t.deepEqual(withConsole(() => { for (let i = 0; i < 20; i++) unset.on('x', noop); }), []);
});

test('emitter.listeners(event) returns a copy', (t) => {
  const e = new EventEmitter();
  const a = () => {};
  t.deepEqual(e.listeners('x'), []);
  e.on('x', a);
  const list = e.listeners('x');
  t.deepEqual(list, [a]);
  list.push(() => {});
  t.is(e.listeners('x').length, 1);
  e.on('x', a);
  t.not(e.listeners('x'), state(e)._events.x);
});

test('emitter.emit(event, [arg1], [arg2], [...]) calls listeners in order with the arguments and this', (t) => {
  const e = new EventEmitter();
  const calls: unknown[][] = [];
  e.on('x', function (this: unknown, ...args: unknown[]) {
    t.is(this, e);
    calls.push(args);
  });
  t.true(e.emit('x'));
  e.emit('x', 1);
  e.emit('x', 1, 2);
  e.emit('x', 1, 2, 3);
  e.emit('x', 1, 2, 3, 4, 5);
  t.deepEqual(calls, [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5]]);
  t.false(e.emit('none'));

  const many = new EventEmitter();
  const seen: string[] = [];
  for (const name of ['a', 'b', 'c', 'd']) {
    many.on('y', (...args: unknown[]) => seen.push(name + args.join('')));
  }
  for (let n = 0; n <= 5; n++) many.emit('y', ...[1, 2, 3, 4, 5].slice(0, n));
  t.is(seen.length, 24);
  t.deepEqual(seen.slice(20), ['a12345', 'b12345', 'c12345', 'd12345']);
});

test('emitter.emit — listeners added or removed during an emit do not change that emit', (t) => {
  const e = new EventEmitter();
  const order: string[] = [];
  const second = () => order.push('second');
  e.on('x', () => {
    order.push('first');
    e.on('x', () => order.push('added'));
    e.removeListener('x', second);
  });
  e.on('x', second);
  e.emit('x');
  e.emit('x');
  t.deepEqual(order, ['first', 'second', 'first', 'added']);
});

test('emitter.emit("error") with no listener throws the Error itself, or a TypeError', (t) => {
  const e = new EventEmitter();
  const boom = new Error('boom');
  t.is(t.throws(() => e.emit('error', boom)), boom);
  for (const value of ['string', { message: 'm' }, undefined, null, 0]) {
    t.throws(() => e.emit('error', value), { instanceOf: TypeError, message: 'Uncaught, unspecified "error" event.' });
  }
  state(e)._events.error = [];
  t.throws(() => e.emit('error', new RangeError('r')), { instanceOf: RangeError });
  const handled = new EventEmitter();
  let got: unknown;
  handled.on('error', (er: unknown) => (got = er));
  t.true(handled.emit('error', 5));
  t.is(got, 5);
});

test('Class Method: EventEmitter.listenerCount(emitter, event)', (t) => {
  const e = new EventEmitter();
  const a = () => {};
  t.is(EventEmitter.listenerCount(e, 'x'), 0);
  e.on('x', a);
  t.is(EventEmitter.listenerCount(e, 'x'), 1);
  e.on('x', a).once('x', a);
  t.is(EventEmitter.listenerCount(e, 'x'), 3);
});

test("Event: 'newListener' — emitted before the listener is added, with the original of a once", (t) => {
  const e = new EventEmitter();
  const log: string[] = [];
  e.on('newListener', (type: unknown, listener: unknown) => {
    log.push(`${type}:${(listener as Listener).name}:${e.listeners(type as string).length}`);
  });
  function one() {}
  e.on('a', one);
  e.once('b', one);
  t.deepEqual(log, ['a:one:0', 'b:one:0']);
});

test("Event: 'removeListener' — emitted after removal, last-in first-out for removeAllListeners", (t) => {
  const e = new EventEmitter();
  const log: string[] = [];
  function one() {}
  function two() {}
  function three() {}
  e.on('removeListener', (type: unknown, listener: unknown) => {
    log.push(`${type}:${(listener as Listener).name}:${e.listeners(type as string).length}`);
  });
  e.on('d', one).on('d', two).once('d', three);
  e.removeAllListeners('d');
  t.deepEqual(log, ['d:g:2', 'd:two:1', 'd:one:0']);
  log.length = 0;
  e.once('b', three);
  e.emit('b');
  e.on('x', one);
  e.removeAllListeners();
  t.deepEqual(log, ['b:g:0', 'x:one:0']);
  t.deepEqual(state(e)._events, {});
});

test('domain hooks: an active domain is recorded and entered around emit; errors go to it', (t) => {
  const log: string[] = [];
  class FakeDomain {
    name: string;
    constructor(name: string) {
      this.name = name;
    }
    enter() { log.push('enter ' + this.name); }
    exit() { log.push('exit ' + this.name); }
    emit(type: string, er: Record<string, unknown>) {
      log.push(`${this.name} got ${type}: ${er.message} ${er.domainEmitter === e} ${er.domain === d} ${er.domainThrown}`);
    }
  }
  const d = new FakeDomain('d');
  const key = Symbol.for('n10.events.domainModule');
  const hooks = EventEmitter as unknown as Record<symbol, unknown>;
  hooks[key] = { active: d, Domain: FakeDomain };
  events.usingDomains = true;
  let e: InstanceType<typeof EventEmitter>;
  try {
    e = new EventEmitter();
  } finally {
    events.usingDomains = false;
    delete hooks[key];
  }
  t.is(state(e).domain, d);
  e.on('x', () => log.push('listener'));
  e.emit('x');
  t.false(e.emit('error', new Error('routed')));
  e.emit('error');
  t.deepEqual(log, [
    'enter d', 'listener', 'exit d',
    'd got error: routed true true false',
    'd got error: Uncaught, unspecified "error" event. true true false',
  ]);
});

test('usingDomains: a Domain instance is not put in the active domain', (t) => {
  const key = Symbol.for('n10.events.domainModule');
  const hooks = EventEmitter as unknown as Record<symbol, unknown>;
  function Domain(this: object) {
    (EventEmitter as unknown as (this: object) => void).call(this);
  }
  const active = { enter() {}, exit() {}, emit() {} };
  hooks[key] = { active, Domain };
  events.usingDomains = true;
  try {
    const inDomain = new (Domain as unknown as new () => Internals)();
    t.is(inDomain.domain, null);
    t.is(state(new EventEmitter()).domain, active);
  } finally {
    events.usingDomains = false;
    delete hooks[key];
  }
  t.is(state(new EventEmitter()).domain, null);
});

test('Class: events.EventEmitter — subclassing with class syntax, and the instance type', (t) => {
  class Door extends EventEmitter {
    open(): boolean {
      return this.emit('open', 1);
    }
  }
  const d = new Door();
  let got: unknown;
  d.on('open', (x) => (got = x));
  t.true(d.open());
  t.is(got, 1);
  t.true(d instanceof EventEmitter);
  const typed: EventEmitter = d;
  t.deepEqual(Object.keys(typed), ['domain', '_events', '_maxListeners']);
});

test("emitter.emit('error') with no listener: the throw site (events.js:72, :74) is noted where the n10 runtime keeps them", (t) => {
  const key = Symbol.for('n10.throwSites');
  const g = globalThis as unknown as Record<symbol, unknown>;
  const had = Object.getOwnPropertyDescriptor(g, key);
  const sites = new WeakMap<object, { file: string; line: number; text: string; caret: string }>();
  Object.defineProperty(g, key, { value: sites, configurable: true });
  try {
    const err = new Error('bad');
    t.is(t.throws(() => new EventEmitter().emit('error', err)), err);
    t.deepEqual(sites.get(err), { file: 'events.js', line: 72, text: "        throw er; // Unhandled 'error' event", caret: '              ^' });
    const unspecified = t.throws(() => new EventEmitter().emit('error', 'str')) as Error;
    t.is(sites.get(unspecified)?.line, 74);
  } finally {
    delete g[key];
    if (had) Object.defineProperty(g, key, had);
  }
  // Without the registry nothing is noted and the error is thrown just the same.
  t.throws(() => new EventEmitter().emit('error', new Error('plain')), { message: 'plain' });
});

test('emitter.on / once / removeListener(event, non-function) and setMaxListeners(non-number): the throw site (events.js:130, 171, 189, 49) is noted for the runtime', (t) => {
  const key = Symbol.for('n10.throwSites');
  const g = globalThis as unknown as Record<symbol, unknown>;
  const had = Object.getOwnPropertyDescriptor(g, key);
  const sites = new WeakMap<object, { file: string; line: number; text: string; caret: string }>();
  Object.defineProperty(g, key, { value: sites, configurable: true });
  const e = new EventEmitter() as unknown as Record<string, (...a: unknown[]) => unknown>;
  const siteOf = (f: () => unknown) => sites.get(t.throws(f) as object);
  try {
    t.deepEqual(siteOf(() => e.on('x', 5)), { file: 'events.js', line: 130, text: "    throw TypeError('listener must be a function');", caret: '          ^' });
    t.is(siteOf(() => e.once('x', 5))?.line, 171);
    t.is(siteOf(() => e.removeListener('x', 5))?.line, 189);
    t.deepEqual(siteOf(() => e.setMaxListeners('a')), { file: 'events.js', line: 49, text: "    throw TypeError('n must be a positive number');", caret: '          ^' });
  } finally {
    delete g[key];
    if (had) Object.defineProperty(g, key, had);
  }
});

test('Class: events.EventEmitter — its methods show in a stack as 0.10 named them (EventEmitter.addListener, My.EventEmitter.once)', (t) => {
  function My(this: EventEmitter): void {
    EventEmitter.call(this);
  }
  util.inherits(My, EventEmitter);
  // Through the CallSite API: "Type.function" as V8 prints it from getTypeName/getFunctionName.
  type Site = { getTypeName(): string | null; getFunctionName(): string | null };
  const frame = (fn: () => void, method: string): string | undefined => {
    const saved = Error.prepareStackTrace;
    Error.prepareStackTrace = (_e, frames) => frames;
    let sites: Site[] = [];
    try {
      fn();
    } catch (err) {
      sites = (err as { stack: Site[] }).stack;
    } finally {
      Error.prepareStackTrace = saved;
    }
    const site = sites.find((s) => (s.getFunctionName() || '').endsWith(`.${method}`));
    if (!site) return undefined;
    const name = site.getFunctionName() as string;
    const type = site.getTypeName();
    return type && !name.startsWith(`${type}.`) ? `${type}.${name}` : name;
  };
  const bad = 1 as unknown as Listener;
  t.is(frame(() => new EventEmitter().on('x', bad), 'addListener'), 'EventEmitter.addListener');
  const mine = () => new (My as unknown as new () => EventEmitter)();
  t.is(frame(() => mine().once('x', bad), 'once'), 'My.EventEmitter.once');
  t.is(frame(() => mine().removeListener('x', bad), 'removeListener'), 'My.EventEmitter.removeListener');
  t.is(frame(() => mine().setMaxListeners(-1), 'setMaxListeners'), 'My.EventEmitter.setMaxListeners');
});

test('Class Method: EventEmitter.listenerCount(emitter, event) with no emitter: V8 3.14\'s TypeError sited at 0.10\'s events.js:283; its frame is EventEmitter.listenerCount', (t) => {
  const listenerCount = EventEmitter.listenerCount as (emitter: unknown, event?: string) => number;
  const key = Symbol.for('n10.throwSites');
  const g = globalThis as unknown as Record<symbol, unknown>;
  const sites = new WeakMap<object, unknown>();
  Object.defineProperty(g, key, { value: sites, configurable: true });
  let er: Error | undefined;
  try {
    er = t.throws(() => listenerCount(null, 'x'));
  } finally {
    delete g[key];
  }
  t.is(er?.message, "Cannot read property '_events' of null");
  t.deepEqual(sites.get(er as object), { file: 'events.js', line: 283, text: '  if (!emitter._events || !emitter._events[type])', caret: ' '.repeat(14) + '^' });
  t.is(t.throws(() => listenerCount(undefined))?.message, "Cannot read property '_events' of undefined");
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, frames) => frames;
  try {
    listenerCount(null, 'x');
  } catch (e) {
    const frames = (e as { stack: { getFunctionName(): string | null }[] }).stack;
    t.is(frames[0].getFunctionName(), 'EventEmitter.listenerCount');
  } finally {
    Error.prepareStackTrace = saved;
  }
  t.is(EventEmitter.listenerCount.name, '');
});
