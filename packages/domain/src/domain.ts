// Domain: node 0.10's error-routing context, an EventEmitter.
//
// The active domain lives in two places a program can read, kept equal: this module's
// `active` and `process.domain`; entered domains form a stack (`_stack`). Nothing here
// catches exceptions: a throw leaves its domain entered, and the fatal-exception path
// (@n10/process's _fatalException) routes it to `process.domain`.
import { EventEmitter, type DomainLike } from '@n10/events';
import process from '@n10/process';

type Listener = (...args: unknown[]) => unknown;

/** Anything a domain can hold: an EventEmitter (its `domain` slot is events' DomainLike) or a timer. */
export interface Member {
  domain?: DomainLike | null;
  end?: () => unknown;
  destroy?: () => unknown;
  _idleTimeout?: number;
  _onTimeout?: unknown;
}

export interface Domain extends EventEmitter {
  members: Member[];
  _disposed?: boolean;
  enter(): void;
  exit(): void;
  add(emitter: Member): void;
  remove(emitter: Member): void;
  run(fn: () => unknown): unknown;
  intercept<F extends Listener>(callback: F): Listener & { domain: Domain };
  bind<F extends Listener>(callback: F): Listener & { domain: Domain };
  dispose(): void;
}

export interface DomainConstructor {
  new (): Domain;
  (this: Domain): void;
  prototype: Domain;
  super_: typeof EventEmitter;
}

/** The state the module object exposes: `_stack` and `active`. */
export interface DomainState {
  _stack: Domain[];
  active: Domain | null | undefined;
}

interface ProcessWithDomain {
  domain: Domain | null | undefined;
}

/** Clears a timer member; timers are reached lazily so domain stays light. */
export type TimerClear = (timer: Member) => void;

export function makeDomainClass(state: DomainState, clearTimer: TimerClear): DomainConstructor {
  const proc = process as unknown as ProcessWithDomain;

  const Domain = function Domain(this: Domain) {
    EventEmitter.call(this);
    this.members = [];
  } as unknown as DomainConstructor;

  Domain.super_ = EventEmitter;
  Domain.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: Domain, enumerable: false, writable: true, configurable: true },
  });

  const proto = Domain.prototype;

  proto.enter = function (this: Domain) {
    if (this._disposed) return;
    state.active = proc.domain = this;
    state._stack.push(this);
  };

  // Exits this domain and every domain entered after it.
  proto.exit = function (this: Domain) {
    if (this._disposed) return;
    const stack = state._stack;
    let d: Domain | undefined;
    do {
      d = stack.pop();
    } while (d && d !== this);
    state.active = proc.domain = stack[stack.length - 1];
  };

  proto.add = function (this: Domain, ee: Member) {
    if (ee.domain) (ee.domain as Domain).remove(ee);
    ee.domain = this;
    this.members.push(ee);
  };

  proto.remove = function (this: Domain, ee: Member) {
    ee.domain = null;
    const index = this.members.indexOf(ee);
    if (index !== -1) this.members.splice(index, 1);
  };

  proto.run = function (this: Domain, fn: () => unknown) {
    return this.bind(fn)();
  };

  // Like bind, but an Error as the first argument goes to the domain instead of the
  // callback, and the callback never sees that first argument.
  proto.intercept = function (this: Domain, callback: Listener) {
    const intercepted = interceptedFor(this, callback);
    intercepted.domain = this;
    return intercepted;
  };

  // Made in a function of their own: a function expression assigned to a const takes the
  // const's name today; 0.10's bound and intercepted callbacks had none.
  function interceptedFor(self: Domain, callback: Listener): Listener & { domain: Domain } {
    return function (this: unknown, ...args: unknown[]) {
      if (self._disposed) return undefined;
      const er = args[0];
      if (er && er instanceof Error) {
        const tagged = er as Error & { domain?: Domain; domainThrown?: boolean; domainBound?: Listener };
        tagged.domain = self;
        tagged.domainThrown = false;
        tagged.domainBound = callback;
        self.emit('error', er);
        return undefined;
      }
      self.enter();
      const ret = callback.apply(this, args.slice(1));
      self.exit();
      return ret;
    } as Listener & { domain: Domain };
  }

  proto.bind = function (this: Domain, callback: Listener) {
    const bound = boundFor(this, callback);
    bound.domain = this;
    return bound;
  };
  // 0.10's Domain.prototype.bind = function(cb, interceptError).
  Object.defineProperty(proto.bind, 'length', { value: 2, configurable: true });

  function boundFor(self: Domain, callback: Listener): Listener & { domain: Domain } {
    return function (this: unknown, ...args: unknown[]) {
      if (self._disposed) return undefined;
      self.enter();
      const ret = callback.apply(this, args);
      self.exit();
      return ret;
    } as Listener & { domain: Domain };
  }

  // Best-effort shutdown: 'dispose', then members ended and destroyed (timers cleared);
  // later errors from them reach a listener that ignores them.
  proto.dispose = function (this: Domain) {
    if (this._disposed) return;
    this.exit();
    this.emit('dispose');
    this.removeAllListeners();
    this.on('error', function () {});
    const members = this.members.splice(0);
    for (const m of members) {
      if (typeof m._idleTimeout === 'number' && '_onTimeout' in m) {
        clearTimer(m);
        continue;
      }
      if (typeof m.end === 'function') m.end();
      if (typeof m.destroy === 'function') m.destroy();
    }
    this._disposed = true;
  };

  return Domain;
}
