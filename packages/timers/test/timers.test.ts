// timers, portably: these run under node (on the binding's handles) and in Chromium (on the
// engine's timers). Loop-order details under the binding are in timers.node.test.ts.
import test from 'ava';
import timers from '@n10/timers';
import type { TimerItem } from '@n10/timers';
import { siteOfThrow } from '../../../tools/test-throw-sites';

const { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate } = timers;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(() => resolve(), ms));

test("require('timers') has 0.10's members, in order, anonymous", (t) => {
  t.deepEqual(Object.keys(timers), [
    'unenroll', 'enroll', 'active', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate', '_unrefActive',
  ]);
  t.is(timers.setTimeout.name, '');
});

test('setTimeout(callback, delay, [arg], [...]): arguments passed on, this is the timer', async (t) => {
  const got = await new Promise<unknown[]>((resolve) => {
    const timer = setTimeout(function (this: unknown, a: unknown, b: unknown) {
      resolve([a, b, this === timer]);
    }, 1, 'a', 'b');
  });
  t.deepEqual(got, ['a', 'b', true]);
});

test('setTimeout: delays outside [1, 2^31-1] and non-numbers become 1', (t) => {
  const delays: unknown[] = [0, -5, 1.5, '3', 'x', null, undefined, NaN, Infinity, 2147483648, true];
  const got = delays.map((d) => {
    const timer = setTimeout(() => {}, d as number);
    const ms = timer._idleTimeout;
    clearTimeout(timer);
    return ms;
  });
  t.deepEqual(got, [1, 1, 1.5, 3, 1, 1, 1, 1, 1, 1, 1]);
});

test('the Timeout object: 0.10\'s fields and list links; unref/ref/close on its prototype', (t) => {
  const timer = setTimeout(() => {}, 10);
  t.deepEqual(Object.keys(timer), ['_idleTimeout', '_idlePrev', '_idleNext', '_idleStart', '_onTimeout', '_repeat']);
  t.is(timer.constructor.name, '');
  t.is(typeof timer._idleStart, 'number');
  t.is(timer._idleNext, timer._idlePrev);
  t.is((timer._idleNext as unknown as { msecs: number }).msecs, 10);
  t.deepEqual(Object.keys(Object.getPrototypeOf(timer)), ['unref', 'ref', 'close']);
  clearTimeout(timer);
  t.is(timer._idleNext, null);
  t.is(timer._onTimeout, null);
});

test('clearTimeout(timeoutId): the callback never runs; clearing other values does nothing', async (t) => {
  let ran = false;
  const timer = setTimeout(() => {
    ran = true;
  }, 1);
  clearTimeout(timer);
  for (const v of [null, undefined, {}, 5, 'x']) clearTimeout(v);
  await wait(15);
  t.false(ran);
});

test('timers of one duration fire in the order they were set; clearing a later one from an earlier one stops it', async (t) => {
  const order: string[] = [];
  setTimeout(() => order.push('A'), 5);
  setTimeout(() => {
    order.push('B');
    clearTimeout(c);
  }, 5);
  const c = setTimeout(() => order.push('C'), 5);
  setTimeout(() => order.push('D'), 5);
  await wait(40);
  t.deepEqual(order, ['A', 'B', 'D']);
});

test('setInterval(callback, delay, [arg], [...]) repeats until clearInterval(intervalId)', async (t) => {
  const got = await new Promise<unknown[]>((resolve) => {
    let n = 0;
    const iv = setInterval(function (this: unknown, x: unknown) {
      n++;
      if (n === 3) {
        clearInterval(iv);
        resolve([n, x, this === iv, iv._repeat]);
      }
    }, 1, 'x');
  });
  t.deepEqual(got, [3, 'x', true, false]);
});

test('clearInterval of a timeout, or of other values, does nothing', async (t) => {
  let ran = false;
  const timer = setTimeout(() => {
    ran = true;
  }, 1);
  clearInterval(timer);
  clearInterval(null);
  clearInterval({});
  await wait(60);
  t.true(ran);
});

test('unref() and ref() exist on timeouts and intervals; an unref\'d timer still fires', async (t) => {
  const fired = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(true), 2);
    timer.unref();
    timer.ref();
    timer.unref();
    setTimeout(() => resolve(false), 500);
  });
  t.true(fired);
  const iv = setInterval(() => {}, 1000);
  iv.unref();
  t.is(typeof iv._handle, 'object');
  clearInterval(iv);
});

test('setImmediate(callback, [arg], [...]): soon, with arguments, this the immediate', async (t) => {
  const got = await new Promise<unknown[]>((resolve) => {
    const imm = setImmediate(function (this: unknown, a: unknown, b: unknown) {
      resolve([a, b, this === imm]);
    }, 1, 2);
  });
  t.deepEqual(got, [1, 2, true]);
});

test('setImmediate returns a plain object with the list links and _onImmediate', (t) => {
  const imm = setImmediate(() => {});
  t.deepEqual(Object.keys(imm), ['_idleNext', '_idlePrev', '_onImmediate']);
  t.is(imm.constructor, Object);
  clearImmediate(imm);
});

test('setImmediate: in the order they were made', async (t) => {
  const order: number[] = [];
  await new Promise<void>((resolve) => {
    setImmediate(() => order.push(1));
    setImmediate(() => order.push(2));
    setImmediate(() => {
      order.push(3);
      resolve();
    });
  });
  t.deepEqual(order, [1, 2, 3]);
});

test('clearImmediate(immediateId): it never runs', async (t) => {
  let ran = false;
  const imm = setImmediate(() => {
    ran = true;
  });
  clearImmediate(imm);
  clearImmediate(null);
  await wait(10);
  t.false(ran);
  t.is(imm._onImmediate, undefined);
});

test('timers.enroll/active/unenroll make any object a timer (its _onTimeout fires)', async (t) => {
  const fired: string[] = [];
  const item: TimerItem = { _onTimeout: () => fired.push('item') };
  timers.enroll(item, 3);
  t.is(item._idleTimeout, 3);
  timers.active(item);
  t.is(typeof item._idleStart, 'number');
  const other: TimerItem = { _onTimeout: () => fired.push('other') };
  timers.enroll(other, 3);
  timers.active(other);
  timers.unenroll(other);
  t.is(other._idleTimeout, -1);
  await wait(30);
  t.deepEqual(fired, ['item']);
});

test('timers._unrefActive: idle timeouts fire in expiry order', async (t) => {
  const fired: string[] = [];
  const mk = (name: string, ms: number): TimerItem => {
    const item: TimerItem = { _onTimeout: () => fired.push(name) };
    timers.enroll(item, ms);
    return item;
  };
  const later = mk('later', 20);
  const sooner = mk('sooner', 5);
  timers._unrefActive(later);
  timers._unrefActive(sooner);
  const keepAlive = setTimeout(() => {}, 60);
  await wait(50);
  clearTimeout(keepAlive);
  t.deepEqual(fired, ['sooner', 'later']);
});

test('a timer clearing the last other timer of its own list: later timers of two new durations both fire', async (t) => {
  const fired: string[] = [];
  setTimeout(() => {
    fired.push('a');
    clearTimeout(b);
  }, 3);
  const b = setTimeout(() => fired.push('b'), 3);
  await wait(30);
  setTimeout(() => fired.push('x'), 4);
  setTimeout(() => fired.push('y'), 6);
  await wait(60);
  t.deepEqual(fired, ['a', 'x', 'y']);
});

test('setTimeout/setInterval/setImmediate with extra arguments and a callback that is no function: the error notes 0.10\'s timers.js site (callback.apply) for the runtime', async (t) => {
  const { applyCallbackAt } = await import('../src/handles');
  t.deepEqual(siteOfThrow(t, () => applyCallbackAt(5, null, ['a'], 210, '      callback.apply(timer, args);')), {
    file: 'timers.js', line: 210, text: '      callback.apply(timer, args);', caret: ' '.repeat(15) + '^',
  });
  t.is(siteOfThrow(t, () => applyCallbackAt(undefined, null, [], 252, '    callback.apply(this, args);'))?.caret, ' '.repeat(13) + '^');
  // an error thrown by a callback that is a function keeps the site it has
  t.is(siteOfThrow(t, () => applyCallbackAt(() => { throw new Error('inner'); }, null, [], 252, '    callback.apply(this, args);')), undefined);
  const self = {};
  let got: unknown[] = [];
  applyCallbackAt(function (this: unknown, ...a: unknown[]) { got = [this, ...a]; }, self, [1, 2], 252, '');
  t.deepEqual(got, [self, 1, 2]);
});
