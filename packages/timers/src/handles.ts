// The loop handles timers run on: @n10/binding's Timer, Check and Idle when the binding is
// present (the n10 runtime, or node with the binding installed), else portable stand-ins on
// the engine's own timers (a browser, any other engine).
//
// The stand-ins keep their state out of sight (a WeakMap), so that a timer list, which is
// such a handle with the list links on it, inspects as 0.10's did.
import process from '@n10/process';
import type { ProcessInternals } from '@n10/process/internal';

// @n10/process's internals, through the process object (what '@n10/process/internal'
// exports; reached this way so that old bundlers without subpath exports, browserify, cope).
const internals = (process as unknown as Record<symbol, ProcessInternals>)[Symbol.for('n10.process.internals')];
const native = () => internals.native();
/** 0.10's V8 errors for a callback that cannot be called (see @n10/process's v8-messages). */
export const applyCallback = (callback: unknown, self: unknown, args: unknown[]): unknown => internals.applyCallback(callback, self, args);
const captureStackTrace = (Error as { captureStackTrace?: (error: object, above: Function) => void }).captureStackTrace;
/** 0.10's TypeError for `obj[name]()` where that is no function; its stack starts at the caller
 * (0.10's engine threw it from the call in timers.js itself, with no frames of helpers). */
export function propertyNotAFunction(obj: unknown, name: string): TypeError {
  const er = internals.propertyNotAFunction(obj, name);
  if (captureStackTrace) captureStackTrace(er, propertyNotAFunction);
  return er;
}

// Where 0.10's timers.js failed on a callback that was not a function: the n10 runtime keeps a
// registry of throw sites (by error) and shows an uncaught error's site on stderr as 0.10 did
// ("timers.js:110", the line, a caret); without the runtime there is no registry.
const THROW_SITES = Symbol.for('n10.throwSites');
export function sited<E extends object>(er: E, line: number, text: string, col: number): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'timers.js', line, text, caret: ' '.repeat(col) + '^' });
  return er;
}

/** applyCallback, where 0.10 did `callback.apply(self, args)` at timers.js:`line`. */
export function applyCallbackAt(callback: unknown, self: unknown, args: unknown[], line: number, text: string): unknown {
  const fn = callback as { apply?: unknown } | null | undefined;
  if (fn !== null && fn !== undefined && typeof fn.apply === 'function') return applyCallback(callback, self, args);
  try {
    return applyCallback(callback, self, args);
  } catch (e) {
    if (typeof e === 'object' && e !== null) sited(e, line, text, text.indexOf('.apply') + 1);
    throw e;
  }
}

/** What timers need of a Timer handle (the binding's Timer has exactly this). */
export interface TimerHandle {
  start(timeout: number, repeat: number): number;
  stop(): number;
  close(callback?: () => void): void;
  ref(): void;
  unref(): void;
  ontimeout?: (() => void) | null;
  [key: string]: unknown;
}

/** The loop's repeating callback for setImmediate (a Check, kept alive by an Idle). */
export interface ImmediateHook {
  start(): void;
  stop(): void;
}

interface EngineTimer {
  unref?(): unknown;
  ref?(): unknown;
}
type EngineSet = (fn: () => void, ms: number) => unknown;
type EngineClear = (id: unknown) => void;

// Captured at import: the n10 runtime later replaces the globals with the program's.
const g = globalThis as unknown as Record<string, unknown>;
const engineSetTimeout = g.setTimeout as EngineSet;
const engineClearTimeout = g.clearTimeout as EngineClear;
const engineSetImmediate = g.setImmediate as ((fn: () => void) => unknown) | undefined;
const engineClearImmediate = g.clearImmediate as EngineClear | undefined;

interface PortableState {
  id: unknown;
  refed: boolean;
}
const state = new WeakMap<object, PortableState>();

// A function constructor named Timer, as the binding's class is.
function Timer(this: TimerHandle): void {
  state.set(this, { id: null, refed: true });
}
Timer.prototype.start = function (this: TimerHandle, timeout: number, _repeat: number): number {
  const s = state.get(this) as PortableState;
  if (s.id !== null) engineClearTimeout(s.id);
  s.id = engineSetTimeout(() => {
    s.id = null;
    if (typeof this.ontimeout === 'function') this.ontimeout();
  }, timeout > 0 ? timeout : 0);
  const t = s.id as EngineTimer;
  if (!s.refed && t && typeof t.unref === 'function') t.unref();
  return 0;
};
Timer.prototype.stop = function (this: TimerHandle): number {
  const s = state.get(this) as PortableState;
  if (s.id !== null) engineClearTimeout(s.id);
  s.id = null;
  return 0;
};
Timer.prototype.close = function (this: TimerHandle): void {
  this.stop();
};
Timer.prototype.ref = function (this: TimerHandle): void {
  const s = state.get(this) as PortableState;
  s.refed = true;
  const t = s.id as EngineTimer;
  if (t && typeof t.ref === 'function') t.ref();
};
Timer.prototype.unref = function (this: TimerHandle): void {
  const s = state.get(this) as PortableState;
  s.refed = false;
  const t = s.id as EngineTimer;
  if (t && typeof t.unref === 'function') t.unref();
};

const PortableTimer = Timer as unknown as new () => TimerHandle;

/** A new Timer handle. */
export function newTimer(): TimerHandle {
  const b = native();
  return b ? (new b.Timer() as unknown as TimerHandle) : new PortableTimer();
}

/** The setImmediate hook: `run` once per loop turn while started. */
export function immediateHook(run: () => void): ImmediateHook {
  const b = native();
  if (b) {
    // 0.10: an unref'd check handle runs the queue after I/O; an idle handle, started only
    // while immediates wait, keeps the loop from blocking in poll (and alive).
    const check = new b.Check();
    check.unref();
    check.oncheck = run;
    const idle = new b.Idle();
    let started = false;
    return {
      start() {
        if (started) return;
        started = true;
        check.start();
        idle.start();
      },
      stop() {
        if (!started) return;
        started = false;
        check.stop();
        idle.stop();
      },
    };
  }
  let pending: unknown = null;
  let wanted = false;
  const fire = () => {
    pending = null;
    if (!wanted) return;
    run();
    if (wanted) schedule();
  };
  const schedule = () => {
    if (pending !== null) return;
    pending = engineSetImmediate ? engineSetImmediate(fire) : engineSetTimeout(fire, 0);
  };
  return {
    start() {
      wanted = true;
      schedule();
    },
    stop() {
      wanted = false;
      if (pending !== null) {
        if (engineSetImmediate && engineClearImmediate) engineClearImmediate(pending);
        else engineClearTimeout(pending);
        pending = null;
      }
    },
  };
}
