import test from 'ava';
import { binding, closeHandle } from './helpers';

const { Timer, Check, Idle } = binding;

test('Timer: start(timeout, 0) fires ontimeout once; Timer.now() advances', async (t) => {
  const timer = new Timer();
  const before = Timer.now();
  let fired = 0;
  await new Promise<void>((resolve) => {
    timer.ontimeout = function (this: unknown) {
      fired++;
      t.is(this, timer);
      resolve();
    };
    t.is(timer.start(5, 0), 0);
  });
  t.is(fired, 1);
  t.true(Timer.now() >= before + 5);
  await new Promise((r) => setTimeout(r, 20));
  t.is(fired, 1);
  await closeHandle(timer);
});

test('Timer: repeat, setRepeat/getRepeat, stop, again', async (t) => {
  const timer = new Timer();
  let fired = 0;
  await new Promise<void>((resolve) => {
    timer.ontimeout = () => {
      if (++fired === 3) {
        t.is(timer.stop(), 0);
        resolve();
      }
    };
    timer.start(1, 2);
  });
  t.is(timer.getRepeat(), 2);
  t.is(timer.setRepeat(3), 0);
  t.is(timer.getRepeat(), 3);
  await new Promise<void>((resolve) => {
    timer.ontimeout = () => {
      t.is(timer.stop(), 0);
      resolve();
    };
    t.is(timer.again(), 0);
  });
  timer.setRepeat(0);
  t.is(timer.again(), 0, 'again() with repeat 0 does nothing');
  const fresh = new Timer();
  t.is(fresh.again(), binding.uv.UV_EINVAL, 'again() on a timer never started');
  await Promise.all([closeHandle(timer), closeHandle(fresh)]);
});

test('Timer: negative and NaN timeouts count as 0; an unref()d timer does not keep the process alive', async (t) => {
  const timer = new Timer();
  t.is(timer.start(-5, Number.NaN), 0);
  await new Promise<void>((resolve) => (timer.ontimeout = resolve));
  await closeHandle(timer);

  const { runNode } = await import('./helpers');
  const r = await runNode(`const t = new binding.Timer(); t.ontimeout = () => console.log('fired'); t.start(60000, 0); t.unref(); console.log(t.hasRef());`);
  t.is(r.code, 0);
  t.is(r.stdout, 'false\n');
});

test('Check and Idle: start(callback) runs once per loop iteration until stop()', async (t) => {
  for (const Ctor of [Check, Idle] as const) {
    const h = new Ctor();
    let runs = 0;
    await new Promise<void>((resolve) => {
      t.is(
        h.start(() => {
          if (++runs === 3) {
            t.is(h.stop(), 0);
            resolve();
          }
        }),
        0,
      );
    });
    await new Promise((r) => setTimeout(r, 5));
    t.is(runs, 3);
    await closeHandle(h);
  }
});

test('Check with Idle in a fresh process: the idle keeps poll from blocking, the check runs (setImmediate pair)', async (t) => {
  const { runNode } = await import('./helpers');
  const r = await runNode(`
    const c = new binding.Check(), i = new binding.Idle(), t = new binding.Timer();
    const log = [];
    t.ontimeout = () => {
      log.push('timer');
      i.start(() => log.push('idle'));
      c.start(() => { log.push('check'); c.stop(); i.stop(); c.close(); i.close(); t.close(() => console.log(JSON.stringify(log))); });
    };
    t.start(1, 0);`);
  t.deepEqual(JSON.parse(r.stdout), ['timer', 'idle', 'check']);
});

test('Check: a check callback runs after the I/O of its iteration, before the next timers (setImmediate order)', async (t) => {
  const order: string[] = [];
  const check = new Check();
  const timer = new Timer();
  await new Promise<void>((resolve) => {
    check.oncheck = () => {
      order.push('check');
      check.stop();
      if (order.length === 2) resolve();
    };
    timer.ontimeout = () => {
      order.push('timer');
      check.start();
    };
    timer.start(1, 0);
  });
  t.deepEqual(order, ['timer', 'check']);
  await Promise.all([closeHandle(check), closeHandle(timer)]);
});
