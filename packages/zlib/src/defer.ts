// Where a handle's write finishes: 0.10 ran it on libuv's thread pool and called back from the
// loop, after the ticks of the current callback. The nearest portable equivalent is an
// immediate of the program's own timers module (one write step, then its ticks, then the next
// callback, as 0.10's MakeCallback did).
import timersModule from '@n10/timers';

const timers: { setImmediate(callback: () => void): unknown } = timersModule;

/** Runs fn from the event loop, after the current callback and its ticks. */
export function defer(fn: () => void): void {
  timers.setImmediate(fn);
}
