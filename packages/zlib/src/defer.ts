// Where a handle's write finishes: 0.10 ran it on libuv's thread pool and called back from the
// loop, after the ticks of the current callback. The nearest portable equivalent is an
// immediate of the program's own timers module (one write step, then its ticks, then the next
// callback, as 0.10's MakeCallback did).
//
// 0.10 called back on the binding's handle, which belongs to no domain: the immediate is made
// with no domain active, so that it does not enter the one the write was made in (the stream's
// events still do, being emitted by the stream).
import processModule from '@n10/process';
import timersModule from '@n10/timers';

const timers: { setImmediate(callback: () => void): unknown } = timersModule;
const proc = processModule as unknown as { domain?: unknown };

/** Runs fn from the event loop, after the current callback and its ticks, in no domain. */
export function defer(fn: () => void): void {
  const domain = proc.domain;
  if (!domain) {
    timers.setImmediate(fn);
    return;
  }
  proc.domain = null;
  try {
    timers.setImmediate(fn);
  } finally {
    proc.domain = domain;
  }
}
