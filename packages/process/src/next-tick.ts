// process.nextTick: node 0.10's tick queue.
//
// Callbacks run in FIFO order, after the current callback and before any I/O or timer
// callback. A drain runs the queue in generations: the ticks queued when a generation
// starts, then the ticks those queued, and so on. After process.maxTickDepth generations
// (1000) the drain stops and the rest waits for the next turn of the loop ("the spinner"),
// so that recursive nextTick cannot starve I/O; a nextTick made in the last allowed
// generation prints 0.10's "Recursive process.nextTick" warning. A tick that throws ends
// the drain; the ticks after it run on the next turn.
//
// Who drains the queue:
// - under the native loop (the n10 runtime, or any program using @n10/binding), the binding
//   runs tickCallback() after every callback it makes into JS, as 0.10's MakeCallback did;
//   the runtime drains once more after the main module and gives the spinner an idle handle
//   (useLoop), so that what is left after maxTickDepth or a throw waits for the loop;
// - otherwise (a browser, a library on any engine, or a promise job in the runtime), a
//   microtask drains it; it stands down while a spinner is pending (what is left after
//   maxTickDepth or a throw waits for the loop's next turn, as in 0.10).
import { notAFunction } from './v8-messages';

type Tick = () => void;

/** What a tick needs of a domain (@n10/domain's Domain). */
export interface TickDomain {
  _disposed?: boolean;
  enter(): void;
  exit(): void;
}

/** What the queue reads from the process object (process.maxTickDepth and friends). */
export interface TickOwner {
  maxTickDepth: number;
  _exiting: boolean;
  /** The active domain (set by @n10/domain), captured by ticks once domains are in use. */
  domain?: TickDomain | null;
  throwDeprecation?: boolean;
  traceDeprecation?: boolean;
}

const WARNING =
  '(node) warning: Recursive process.nextTick detected. This will break in the next version of node. ' +
  'Please use setImmediate for recursive deferral.';

let owner: TickOwner = { maxTickDepth: 1000, _exiting: false };

const queue: Tick[] = [];
let index = 0;
let depth = 0;
let inTick = false;

// Microtask drain.
let microtasks = true;
let scheduled = false;
let spinnerPending = false;

// The spinner: runs the rest of the queue on the next turn of the loop.
let spinner: (() => void) | null = null;

const scheduleMicrotask: (fn: () => void) => void =
  typeof queueMicrotask === 'function'
    ? queueMicrotask
    : (fn) => {
        void Promise.resolve().then(fn);
      };

// Captured now: in the n10 runtime the global setTimeout is later the program's.
const engineSetTimeout: ((fn: () => void, ms: number) => unknown) | undefined =
  typeof setTimeout === 'function' ? setTimeout : undefined;

function schedule(): void {
  if (microtasks && !scheduled) {
    scheduled = true;
    scheduleMicrotask(() => {
      scheduled = false;
      if (!spinnerPending) tickCallback();
    });
  }
}

/** The process object whose maxTickDepth, _exiting and deprecation flags apply. */
export function setTickOwner(p: TickOwner): void {
  owner = p;
}

/**
 * Native loop mode: `spin` arranges for tickFromSpinner() to run on the loop's next turn
 * (an idle handle, as 0.10's spinner). `microtaskDrain` false: nothing but the loop drains.
 */
export function useLoop(spin: (() => void) | null, microtaskDrainToo = true): void {
  spinner = spin;
  microtasks = microtaskDrainToo;
}

function maxTickWarn(): void {
  if (owner.throwDeprecation) throw new Error(WARNING);
  const c = (globalThis as { console?: { trace(m: string): void; error(m: string): void } }).console;
  if (!c) return;
  if (owner.traceDeprecation) c.trace(WARNING);
  else c.error(WARNING);
}

// Domains: off until @n10/domain loads (0.10's process._usingDomains), so that programs
// without domains pay nothing per tick.
let domains = false;

export function useDomains(): void {
  domains = true;
}

/** A tick queued inside a domain runs inside it, and not at all once it is disposed. */
function inDomain(callback: Tick, domain: TickDomain): Tick {
  return () => {
    if (domain._disposed) return;
    domain.enter();
    if (typeof callback !== 'function') throw notAFunction(callback);
    callback();
    domain.exit();
  };
}

export function nextTick(callback: Tick): void {
  // Once 'exit' has been emitted the loop will not turn again: 0.10 drops the tick.
  if (owner._exiting) return;
  if (depth >= owner.maxTickDepth) maxTickWarn();
  if (domains && owner.domain) callback = inDomain(callback, owner.domain);
  queue.push(callback);
  if (!inTick) schedule();
}

/** Asks for a drain on the loop's next turn (0.10's process._needTickCallback). */
export function needTickCallback(): void {
  spinnerPending = true;
  if (spinner) spinner();
  else if (microtasks) {
    if (engineSetTimeout) engineSetTimeout(tickFromSpinner, 0);
    else schedule();
  }
}

function tickDone(keepDepth: number): void {
  if (index >= queue.length) {
    queue.length = 0;
  } else {
    queue.splice(0, index);
    needTickCallback();
  }
  index = 0;
  depth = keepDepth;
  inTick = false;
}

/** Runs the queue (up to maxTickDepth generations). Re-entrant calls are no-ops. */
export function tickCallback(): void {
  if (inTick) return;
  if (index === queue.length) {
    queue.length = 0;
    index = 0;
    depth = 0;
    return;
  }
  inTick = true;
  let threw = true;
  try {
    while (depth++ < owner.maxTickDepth) {
      const end = queue.length;
      if (index === end) break;
      while (index < end) {
        const callback = queue[index];
        queue[index++] = undefined as unknown as Tick;
        // (0.10 took anything and failed here, in its V8's words.)
        if (typeof callback !== 'function') throw notAFunction(callback);
        callback();
      }
    }
    threw = false;
  } finally {
    tickDone(threw ? depth : 0);
  }
}

/** The loop's spinner ran: a drain follows at once (the binding's, after the callback). */
export function spinnerRan(): void {
  spinnerPending = false;
}

/** What the spinner runs (0.10's process._tickFromSpinner). */
export function tickFromSpinner(): void {
  spinnerPending = false;
  tickCallback();
}

/** Ticks waiting to run. */
export function pendingTicks(): number {
  return queue.length - index;
}
