import test from 'ava';
import process from '@n10/process';

const tick = () => new Promise<void>((resolve) => process.nextTick(resolve));

test('process.nextTick(callback) runs callbacks in FIFO order, after the current code', async (t) => {
  const order: string[] = [];
  process.nextTick(() => order.push('a'));
  process.nextTick(() => order.push('b'));
  order.push('sync');
  await tick();
  t.deepEqual(order, ['sync', 'a', 'b']);
});

test('process.nextTick: a tick queued by a tick runs in the same drain', async (t) => {
  const order: string[] = [];
  process.nextTick(() => {
    order.push('outer');
    process.nextTick(() => order.push('inner'));
  });
  process.nextTick(() => order.push('second'));
  await tick();
  t.deepEqual(order, ['outer', 'second', 'inner']);
});

test('process._tickCallback() drains the queue synchronously (the binding calls it after each callback)', (t) => {
  const order: string[] = [];
  process.nextTick(() => order.push('a'));
  process._tickCallback();
  t.deepEqual(order, ['a']);
});

test('process.nextTick: a throwing tick does not lose the ticks after it', async (t) => {
  const order: string[] = [];
  process.nextTick(() => {
    throw new Error('boom');
  });
  process.nextTick(() => order.push('after'));
  t.throws(() => process._tickCallback(), { message: 'boom' });
  await tick();
  t.deepEqual(order, ['after']);
});

test('process.nextTick: long queues keep FIFO order and generations across the queue\'s segments, and after a throw', async (t) => {
  // More ticks than one segment of the queue holds (2048), each generation queueing the next.
  const order: number[] = [];
  const n = 5000;
  for (let i = 0; i < n; i++) {
    process.nextTick(() => {
      order.push(i);
      if (i % 1000 === 0) process.nextTick(() => order.push(n + i));
    });
  }
  process._tickCallback();
  const want: number[] = [];
  for (let i = 0; i < n; i++) want.push(i);
  for (let i = 0; i < n; i += 1000) want.push(n + i);
  t.deepEqual(order, want);
  t.is(process._tickCallback(), undefined);

  // A throw in the middle of a long queue: the rest runs later, in order.
  const after: number[] = [];
  for (let i = 0; i < 3000; i++) {
    process.nextTick(() => {
      if (i === 2500) throw new Error('boom');
      after.push(i);
    });
  }
  t.throws(() => process._tickCallback(), { message: 'boom' });
  t.is(after.length, 2500);
  await tick();
  t.is(after.length, 2999);
  t.deepEqual(after.slice(2498, 2501), [2498, 2499, 2501]);
});

test('process.nextTick(non-function) is accepted; the drain throws a TypeError (as 0.10)', (t) => {
  t.notThrows(() => process.nextTick(42 as unknown as () => void));
  t.throws(() => process._tickCallback(), { instanceOf: TypeError });
});

test('process.version and versions are 0.10.19', (t) => {
  t.is(process.version, 'v0.10.19');
  t.is(process.versions.node, '0.10.19');
});

test('process.nextTick(non-function): the drain throws 0.10\'s "<type> is not a function"', (t) => {
  for (const [value, word] of [[null, 'object'], ['s', 'string'], [5, 'number'], [{}, 'object'], [undefined, 'undefined'], [true, 'boolean']] as const) {
    process.nextTick(value as never);
    t.throws(() => process._tickCallback(), { instanceOf: TypeError, message: `${word} is not a function` });
  }
});
