// setTimeout/setInterval and their Timeout objects, as 0.10 made them: a Timeout is
// enrolled in the list for its duration; unref() moves it out to a Timer handle of its own
// that does not keep the loop alive (0.10's way, quirks included: an unref'd interval's
// first run is called on that handle, and re-enrolls the interval in the lists).
import process from '@n10/process';
import { applyCallbackAt, newTimer, type TimerHandle } from './handles';
import { active, unenroll, type TimerItem } from './lists';

/** The largest delay; anything else outside [1, TIMEOUT_MAX] becomes 1, as in 0.10. */
const TIMEOUT_MAX = 2147483647;

export interface Timeout extends TimerItem {
  _idleTimeout: number;
  _onTimeout: (() => void) | null;
  _repeat: boolean | null;
  _handle?: TimerHandle;
  ontimeout?: null;
  /** Stop this timer from keeping the process alive. */
  unref(): void;
  /** Undo unref(). */
  ref(): void;
  close(): void;
}

interface TimeoutConstructor {
  new (after: number): Timeout;
  prototype: Timeout;
}

// Anonymous, as 0.10's `var Timeout = function (after) {…}` was (constructor.name is '').
const Timeout = [
  function (this: Timeout, after: number): void {
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._repeat = false;
  },
][0] as unknown as TimeoutConstructor;

Timeout.prototype.unref = function (this: Timeout): void {
  if (!this._handle) {
    const now = Date.now();
    if (!this._idleStart) this._idleStart = now;
    let delay = (this._idleStart as number) + this._idleTimeout - now;
    if (delay < 0) delay = 0;
    unenroll(this);
    const handle = newTimer();
    const callback = this._onTimeout as () => void;
    handle.ontimeout = this.domain ? inDomainOntimeout(handle, callback) : callback;
    handle.domain = this.domain;
    handle.start(delay, 0);
    handle.unref();
    this._handle = handle;
  } else {
    this._handle.unref();
  }
};

// 0.10's MakeCallback entered the handle's domain around its ontimeout (and skipped it once
// the domain was disposed); the binding knows no domains, so a handle made in one calls this.
// It puts the callback itself on the handle to call it: its frame reads Timer.ontimeout, as
// 0.10's did (this one is hidden from stacks).
function inDomainOntimeout(handle: TimerHandle, callback: () => void): () => void {
  return function domainOntimeout(): void {
    const domain = handle.domain as NonNullable<Timeout['domain']>;
    if (domain._disposed) return;
    domain.enter();
    handle.ontimeout = callback;
    handle.ontimeout();
    domain.exit();
  };
}

Timeout.prototype.ref = function (this: Timeout): void {
  if (this._handle) this._handle.ref();
};

Timeout.prototype.close = function (this: Timeout): void {
  this._onTimeout = null;
  if (this._handle) {
    this._handle.ontimeout = null;
    this._handle.close();
  } else {
    unenroll(this);
  }
};



function delayOf(ms: unknown): number {
  const after = (ms as number) * 1;
  return after >= 1 && after <= TIMEOUT_MAX ? after : 1;
}

type Callback = (...args: unknown[]) => void;

export function setTimeout(callback: Callback, after?: number, ...rest: unknown[]): Timeout {
  const timer = new Timeout(delayOf(after));
  if (arguments.length <= 2) {
    timer._onTimeout = callback;
  } else {
    timer._onTimeout = function () {
      applyCallbackAt(callback, timer, rest, 210, '      callback.apply(timer, args);');
    };
  }
  const domain = process.domain as TimerItem['domain'];
  if (domain) timer.domain = domain;
  active(timer);
  return timer;
}

export function clearTimeout(timer: unknown): void {
  const t = timer as Timeout | null | undefined;
  if (t && (t.ontimeout || t._onTimeout)) {
    t.ontimeout = t._onTimeout = null;
    if (t instanceof Timeout) t.close();
    else unenroll(t);
  }
}

export function setInterval(callback: Callback, repeat?: number, ...args: unknown[]): Timeout {
  const every = delayOf(repeat);
  const timer = new Timeout(every);
  timer._onTimeout = function wrapper(this: { _handle?: TimerHandle }) {
    applyCallbackAt(callback, this, args, 252, '    callback.apply(this, args);');
    // clearInterval() in the callback
    if (!timer._repeat) return;
    if (this._handle) {
      this._handle.start(every, 0);
    } else {
      timer._idleTimeout = every;
      active(timer);
    }
  } as () => void;
  timer._repeat = true;
  const domain = process.domain as TimerItem['domain'];
  if (domain) timer.domain = domain;
  active(timer);
  return timer;
}

export function clearInterval(timer: unknown): void {
  const t = timer as Timeout | null | undefined;
  if (t && t._repeat) {
    t._repeat = false;
    clearTimeout(t);
  }
}
