// Where the "asynchronous" calls (pbkdf2, randomBytes with a callback) finish: 0.10 ran them
// on libuv's thread pool and called back from the loop, after pending I/O and ticks; the
// nearest portable equivalent is an immediate of the program's own timers module.
import timersModule from '@n10/timers';

/** The immediate queue of @n10/timers. */
export const timers: { setImmediate(callback: () => void): unknown } = timersModule;
