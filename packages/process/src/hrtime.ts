// process.hrtime([previous]): [seconds, nanoseconds] of a monotonic clock, or the time since
// `previous`. As in 0.10, the previous tuple's parts are read as unsigned 32-bit integers
// (a missing part is 0) and anything but an Array is a TypeError.
import type { Binding } from './native';

const NS_PER_SEC = 1e9;

interface Perf {
  now(): number;
  timeOrigin?: number;
}
const perf = (globalThis as { performance?: Perf }).performance;

/** [s, ns] now: the binding's uv_hrtime, else the engine's performance clock (counted from
 * the epoch, so that earlier readings minus a few seconds stay positive, as on a machine
 * that has been up for a while). */
const out = new Uint32Array(2);

function now(b: Binding | null): [number, number] {
  if (b) {
    // Filling a typed array is cheaper than the binding making an Array each time.
    b.hrtime(out);
    return [out[0], out[1]];
  }
  const ms = perf && typeof perf.now === 'function' ? (perf.timeOrigin || 0) + perf.now() : Date.now();
  const sec = Math.floor(ms / 1000);
  return [sec, Math.round((ms - sec * 1000) * 1e6)];
}

/** `given`: whether an argument was passed at all (0.10 rejected an explicit undefined). */
export function hrtime(b: Binding | null, given: boolean, previous?: unknown): [number, number] {
  if (given && !Array.isArray(previous)) {
    throw new TypeError('process.hrtime() only accepts an Array tuple.');
  }
  const t = now(b);
  if (!given) return t;
  const prev = previous as unknown[];
  // In nanoseconds: below 2^53 for any uptime under a hundred days times a thousand.
  const d = (t[0] - (Number(prev[0]) >>> 0)) * NS_PER_SEC + (t[1] - (Number(prev[1]) >>> 0));
  const sec = Math.floor(d / NS_PER_SEC);
  const ns = d - sec * NS_PER_SEC;
  return [sec, ns];
}
