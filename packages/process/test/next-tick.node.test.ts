import test from 'ava';
import process from '@n10/process';

// Standalone on Node the host's tick queue drains n10's: ticks queued through the two
// process objects run in the order they were queued (0.10 had one queue), not n10's after all
// of the host's (a microtask's place).
test('process.nextTick standalone on Node: a host tick queued after an n10 tick runs after it', async (t) => {
  const order: string[] = [];
  await new Promise<void>((resolve) => {
    process.nextTick(() => order.push('n10 first'));
    globalThis.process.nextTick(() => {
      order.push('host second');
      resolve();
    });
  });
  t.deepEqual(order, ['n10 first', 'host second']);
});
