import test from 'ava';
import process from '@n10/process';

const p = process as unknown as Record<string, unknown>;

test('process has 0.10\'s internal members, in 0.10\'s key order (_debugProcess, _tickInfoBox, _nextDomainTick, _tickDomainCallback)', (t) => {
  const keys = Object.keys(process);
  const order = (names: string[]) => names.map((n) => keys.indexOf(n));
  const kill = order(['_kill', '_debugProcess', '_debugPause', '_debugEnd', 'hrtime']);
  t.deepEqual(kill, kill.slice().sort((a, b) => a - b));
  t.true(kill.every((i) => i >= 0));
  t.deepEqual(order(['_usingDomains', '_tickInfoBox', '_events', 'domain', '_maxListeners']), order(['_usingDomains', '_tickInfoBox', '_events', 'domain', '_maxListeners']).slice().sort((a, b) => a - b));
  t.is(keys.indexOf('_nextDomainTick'), keys.indexOf('nextTick') + 1);
  t.is(keys.indexOf('_tickDomainCallback'), keys.indexOf('_tickCallback') + 1);
  t.deepEqual(p._tickInfoBox, { 0: 0, 1: 0, 2: 0 });
  t.is((p._debugPause as () => unknown)(), undefined);
  t.is((p._debugEnd as () => unknown)(), undefined);
});

test('process._nextDomainTick(callback) queues a tick as nextTick does', async (t) => {
  const order: string[] = [];
  await new Promise<void>((resolve) => {
    (p._nextDomainTick as (cb: () => void) => void)(() => order.push('domain tick'));
    process.nextTick(() => {
      order.push('tick');
      resolve();
    });
  });
  t.deepEqual(order, ['domain tick', 'tick']);
});

test("applyCallback (setTimeout/setImmediate with arguments): the TypeError for a callback without apply starts its stack at the caller, as 0.10's engine threw it from `callback.apply(…)`", (t) => {
  const internals = (process as unknown as Record<symbol, { applyCallback(c: unknown, s: unknown, a: unknown[]): unknown }>)[Symbol.for('n10.process.internals')];
  function caller(): unknown {
    return internals.applyCallback(7, null, []);
  }
  const e = t.throws(caller, { instanceOf: TypeError, message: "Object 7 has no method 'apply'" }) as Error;
  const first = String(e.stack).split('\n')[1];
  t.regex(first, /\bcaller\b/);
  const e2 = t.throws(() => internals.applyCallback({ apply: 1 }, null, []), { instanceOf: TypeError }) as Error;
  t.notRegex(String(e2.stack).split('\n')[1], /propertyNotAFunction|applyCallback/);
});
