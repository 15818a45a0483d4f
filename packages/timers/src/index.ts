// @n10/timers: node 0.10's require('timers').
//
// setTimeout/setInterval keep 0.10's timer lists (one Timer handle per duration, see
// lists.ts), setImmediate 0.10's immediate queue run from the loop's check phase; both on
// @n10/binding's handles when the binding is present, on the engine's own timers otherwise.
// The module object has 0.10's members in 0.10's order.
import { active, enroll, unenroll } from './lists';
import { clearImmediate, setImmediate } from './immediate';
import { clearInterval, clearTimeout, setInterval, setTimeout } from './timeout';
import { unrefActive } from './unref-active';

export type { Timeout } from './timeout';
export type { Immediate } from './immediate';
export type { TimerItem } from './lists';

const timers = {
  unenroll,
  enroll,
  active,
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  setImmediate,
  clearImmediate,
  _unrefActive: unrefActive,
};

// 0.10's members are anonymous function expressions ([Function] when inspected).
for (const key of Object.keys(timers)) {
  Object.defineProperty(timers[key as keyof typeof timers], 'name', { value: '', configurable: true });
}

export { unenroll, enroll, active, setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate };
export default timers;
