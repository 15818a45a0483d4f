// process.nextTick: node 0.10's tick queue.
//
// Callbacks run in FIFO order, and a tick queued by a tick runs in the same drain, before any
// I/O or timer callback. Who drains the queue:
// - under the native binding (the n10 runtime, or @n10/net on a host node), the binding
//   calls tickCallback() after every callback it makes into JS, as 0.10's MakeCallback did;
// - standalone (a browser, or portable use on any engine), a microtask drains it.
// Both may be active at once: whichever comes first finds the work, the other finds nothing.

type Tick = () => void;

const queue: Tick[] = [];
let head = 0;
let draining = false;
let scheduled = false;

const scheduleMicrotask: (fn: () => void) => void =
  typeof queueMicrotask === 'function'
    ? queueMicrotask
    : (fn) => {
        void Promise.resolve().then(fn);
      };

function scheduled_drain(): void {
  scheduled = false;
  tickCallback();
}

export function nextTick(callback: Tick): void {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  queue.push(callback);
  if (!scheduled && !draining) {
    scheduled = true;
    scheduleMicrotask(scheduled_drain);
  }
}

/** Runs every queued tick, including ticks queued meanwhile. Re-entrant calls are no-ops. */
export function tickCallback(): void {
  if (draining) return;
  draining = true;
  try {
    while (head < queue.length) {
      const cb = queue[head++];
      cb();
    }
  } finally {
    draining = false;
    if (head >= queue.length) {
      queue.length = 0;
      head = 0;
    } else if (!scheduled) {
      // A tick threw: the rest still run, on the next drain, as in 0.10.
      scheduled = true;
      scheduleMicrotask(scheduled_drain);
    }
  }
}

/** Ticks waiting to run (the binding asks before deciding to call tickCallback). */
export function pendingTicks(): number {
  return queue.length - head;
}
