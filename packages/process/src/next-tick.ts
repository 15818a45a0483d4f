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
import { notAFunction, sited } from './v8-messages';

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

// The queue: a chain of fixed-size segments, read at the head, written at the tail (as
// later Node's FixedQueue). A burst of any length never copies or regrows an array, and
// a drained segment is kept as a spare rather than re-allocated. Measured on a burst of
// 800k ticks: ~33 ns a tick with one growing array (truncated after each drain), ~12 ns.
const SEGMENT = 2048;

interface Segment {
  items: (Tick | undefined)[];
  next: Segment | null;
}

function newSegment(): Segment {
  return { items: new Array<Tick | undefined>(SEGMENT), next: null };
}

let head = newSegment();
let headIndex = 0;
let tailSegment = head;
let tailIndex = 0;
let spare: Segment | null = null;
// Ticks waiting to run.
let pending = 0;

function enqueue(callback: Tick): void {
  if (tailIndex === SEGMENT) {
    const s = spare || newSegment();
    spare = null;
    tailSegment.next = s;
    tailSegment = s;
    tailIndex = 0;
  }
  tailSegment.items[tailIndex++] = callback;
  pending++;
}

function dequeue(): Tick {
  const segment = head;
  const callback = segment.items[headIndex] as Tick;
  segment.items[headIndex++] = undefined;
  pending--;
  if (headIndex === SEGMENT) {
    headIndex = 0;
    const next = segment.next;
    if (next === null) {
      // The only segment, and it is empty: write from its start again.
      tailIndex = 0;
    } else {
      segment.next = null;
      spare = segment;
      head = next;
    }
  } else if (pending === 0) {
    // Empty: reuse the slots from the start.
    headIndex = tailIndex = 0;
    tailSegment = segment;
  }
  return callback;
}

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

// The microtask drain is a reaction to an already-resolved promise rather than a
// queueMicrotask job: the same place in the microtask queue, but on Node queueMicrotask
// makes an AsyncResource and a bound function per call (measured: ~100 ns against ~35 ns,
// and +4% on a 64 KiB pipe that drains once per I/O turn). A tick that throws is reported
// as before, as an uncaught exception (not a rejected promise), from a queueMicrotask job
// of its own. One function for every drain (not a closure per drain).
function microtaskDrain(): void {
  scheduled = false;
  if (spinnerPending) return;
  try {
    tickCallback();
  } catch (error) {
    scheduleMicrotask(() => {
      throw error;
    });
  }
}

// Standalone on Node, a tick of the host's drains ours: a program that mixes the host's
// process.nextTick with n10's streams sees their ticks in about the order they were queued
// (0.10 had one queue), where a microtask would run after every host tick. In the runtime
// (useLoop) and in a browser, a microtask. (Read off globalThis: a bundler must not take this
// for a use of `process` and bundle a shim.)
const hostProcess = (globalThis as { process?: { nextTick?: unknown } }).process;
let hostNextTick: ((fn: () => void) => void) | undefined =
  hostProcess && typeof hostProcess.nextTick === 'function' ? (hostProcess.nextTick as (fn: () => void) => void).bind(hostProcess) : undefined;

const resolved = Promise.resolve();
function schedule(): void {
  if (microtasks && !scheduled) {
    scheduled = true;
    if (hostNextTick) hostNextTick(microtaskDrain);
    else void resolved.then(microtaskDrain);
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
  hostNextTick = undefined;
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
  // Named so that a stack can leave it out (0.10's _tickDomainCallback called the tick itself).
  return function inDomainCallback() {
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
  enqueue(callback);
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
  if (pending > 0) needTickCallback();
  depth = keepDepth;
  inTick = false;
}

/** Runs the queue (up to maxTickDepth generations). Re-entrant calls are no-ops. */
export function tickCallback(): void {
  if (inTick) return;
  if (pending === 0) {
    depth = 0;
    return;
  }
  inTick = true;
  let threw = true;
  try {
    while (depth++ < owner.maxTickDepth) {
      // One generation: the ticks queued now, not those they queue.
      let n = pending;
      if (n === 0) break;
      while (n-- > 0) {
        const callback = dequeue();
        // (0.10 took anything and failed here, in its V8's words, at node.js:415.)
        if (typeof callback !== 'function') throw sited(notAFunction(callback), 415, '            callback();', 12);
        callback();
      }
    }
    threw = false;
  } finally {
    tickDone(threw ? depth : 0);
  }
}

/** What the spinner runs (0.10's process._tickFromSpinner). */
export function tickFromSpinner(): void {
  spinnerPending = false;
  tickCallback();
}

/** Ticks waiting to run. */
export function pendingTicks(): number {
  return pending;
}
