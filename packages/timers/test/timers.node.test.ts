// timers on @n10/binding's loop handles: lists per duration, the check phase, ref/unref of
// the loop, in this process and in n10 programs.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import binding from '@n10/binding';
import timers from '@n10/timers';

const n10 = path.resolve(__dirname, '../../runtime/bin/n10.js');
const run = (code: string) => spawnSync(process.execPath, [n10, '-e', code], { encoding: 'utf8', timeout: 20000 });

test('one binding Timer per duration: timers of the same duration share it', (t) => {
  const a = timers.setTimeout(() => {}, 37);
  const b = timers.setTimeout(() => {}, 37);
  const c = timers.setTimeout(() => {}, 38);
  t.true(a._idleNext instanceof binding.Timer || b._idlePrev instanceof binding.Timer);
  t.is(a._idlePrev, b._idleNext === a ? a._idlePrev : a._idlePrev);
  const listOf = (x: { _idleNext?: unknown; _idlePrev?: unknown }) => {
    let cur = x._idleNext as { _idleNext?: unknown; msecs?: number };
    while (cur && cur.msecs === undefined) cur = cur._idleNext as typeof cur;
    return cur;
  };
  t.is(listOf(a), listOf(b));
  t.not(listOf(a), listOf(c));
  timers.clearTimeout(a);
  timers.clearTimeout(b);
  timers.clearTimeout(c);
});

test('an unref\'d timeout gets a Timer of its own, unref\'d', (t) => {
  const a = timers.setTimeout(() => {}, 1000);
  a.unref();
  t.true(a._handle instanceof binding.Timer);
  t.false((a._handle as unknown as { hasRef(): boolean }).hasRef());
  a.ref();
  t.true((a._handle as unknown as { hasRef(): boolean }).hasRef());
  timers.clearTimeout(a);
});

test.serial('from a timer callback: ticks, then the immediate, then the next timers', async (t) => {
  const order = await new Promise<string[]>((resolve) => {
    const out: string[] = [];
    timers.setTimeout(() => {
      timers.setTimeout(() => {
        out.push('timeout 0');
        resolve(out);
      }, 0);
      timers.setImmediate(() => out.push('immediate'));
      process.nextTick(() => out.push('tick'));
      out.push('timer');
    }, 1);
  });
  t.deepEqual(order, ['timer', 'tick', 'immediate', 'timeout 0']);
});

test.serial('one immediate per turn of the loop: a due timer runs between two immediates', async (t) => {
  const order = await new Promise<string[]>((resolve) => {
    const out: string[] = [];
    timers.setTimeout(() => {
      timers.setImmediate(() => {
        out.push('A');
        const s = Date.now();
        while (Date.now() - s < 5);
      });
      timers.setImmediate(() => {
        out.push('B');
        resolve(out);
      });
      timers.setTimeout(() => out.push('C'), 0);
    }, 1);
  });
  t.deepEqual(order, ['A', 'C', 'B']);
});

test('n10: an unref\'d timer does not keep the process alive; a ref\'d one does', (t) => {
  const r = run("var t = setTimeout(function(){ console.log('fired') }, 3000); t.unref(); process.on('exit', function(){ console.log('exit') })");
  t.is(r.stdout, 'exit\n');
  const r2 = run("var t = setTimeout(function(){ console.log('fired') }, 30); t.unref(); t.ref()");
  t.is(r2.stdout, 'fired\n');
  const r3 = run("var i = setInterval(function(){ console.log('tick') }, 2000); i.unref(); setTimeout(function(){ console.log('done') }, 10)");
  t.is(r3.stdout, 'done\n');
});

test('n10: pending immediates keep the process alive, cleared ones do not', (t) => {
  const r = run("setImmediate(function(){ setImmediate(function(){ console.log('second') }) })");
  t.is(r.stdout, 'second\n');
  const r2 = run("var i = setImmediate(function(){ console.log('never') }); clearImmediate(i); console.log('ok')");
  t.is(r2.stdout, 'ok\n');
});

test('n10: callbacks that are not functions fail as 0.10\'s did, in its V8\'s words; a list retired meanwhile is not resumed', (t) => {
  const r = run(
    "process.on('uncaughtException', function (e) { console.log(e.constructor.name + ': ' + e.message); });" +
      "setTimeout({}, 2); setTimeout(5, 3); setTimeout(undefined, 1);" +
      "setTimeout(null, 4, 'arg'); setTimeout('x', 5, 1); var i = setInterval({}, 6); setTimeout(function () { clearInterval(i); }, 9);" +
      "setTimeout(function () { setImmediate(5); setImmediate(null); setImmediate({ a: 1 }, 1); }, 12);",
  );
  // Sorted: timers a millisecond apart may come due in one turn on a loaded machine.
  t.deepEqual(
    r.stdout.split('\n').sort(),
    [
      "TypeError: Property '_onTimeout' of object [object Object] is not a function",
      "TypeError: Property '_onTimeout' of object [object Object] is not a function",
      "TypeError: Cannot call method 'apply' of null",
      "TypeError: Object x has no method 'apply'",
      "TypeError: Object #<Object> has no method 'apply'",
      "TypeError: Property '_onImmediate' of object #<Object> is not a function",
      "TypeError: Object #<Object> has no method 'apply'",
      '',
    ].sort(),
  );
});

test("n10: a callback that is not a function fails with a stack starting at 0.10's timers.js frame (listOnTimeout, processImmediate), no helper frames", (t) => {
  const r = run(
    "process.on('uncaughtException', function (e) { var f = e.stack.split('\\n').slice(1); console.log(f.length + ' ' + f[f.length - 1].replace(/ \\(.*\\)$/, '')); });" +
      "setTimeout({}, 2); setTimeout('x', 30, 1); setTimeout(function () { setImmediate(5); }, 60); setTimeout(function () { setImmediate({}, 1); }, 90);",
  );
  t.is(
    r.stdout,
    [
      '1     at Timer.listOnTimeout [as ontimeout]',
      '2     at Timer.listOnTimeout [as ontimeout]',
      '1     at processImmediate [as _immediateCallback]',
      '2     at processImmediate [as _immediateCallback]',
      '',
    ].join('\n'),
  );
});

test('n10: durations given as strings work as in 0.10 (timers.enroll(o, \'20\'), socket.setTimeout(\'30\'))', (t) => {
  const r = run(
    "var timers = require('timers'); var o = { _onTimeout: function () { console.log('enrolled'); } }; timers.enroll(o, '20'); timers.active(o);" +
      "var u = { _onTimeout: function () { console.log('unref active'); } }; timers.enroll(u, '10'); timers._unrefActive(u); setTimeout(function () {}, 40);",
  );
  t.is(r.stdout, 'unref active\nenrolled\n');
});

test.serial("an unref'd timeout made in a domain: its callback runs inside the domain (entered and exited around it), not at all once the domain is disposed", async (t) => {
  const proc = (await import('@n10/process')).default as unknown as { domain?: unknown };
  const log: string[] = [];
  const domain = (name: string) => {
    const d = {
      _disposed: false,
      enter() {
        log.push(`enter ${name}`);
        proc.domain = d;
      },
      exit() {
        log.push(`exit ${name}`);
        proc.domain = null;
      },
    };
    return d;
  };
  const d = domain('d');
  const gone = domain('gone');
  const ran = new Promise<boolean>((resolve) => {
    proc.domain = d;
    const a = timers.setTimeout(() => resolve(proc.domain === d), 1);
    a.unref();
    proc.domain = gone;
    const b = timers.setTimeout(() => log.push('never'), 1);
    b.unref();
    proc.domain = null;
    gone._disposed = true;
  });
  const keepAlive = timers.setTimeout(() => {}, 1000);
  t.true(await ran);
  await new Promise((resolve) => timers.setTimeout(resolve, 20));
  timers.clearTimeout(keepAlive);
  t.deepEqual(log, ['enter d', 'exit d']);
});

test.serial("timers._unrefActive(item) on an emptied list starts the shared timer afresh (0.10): an idle timeout restarted before a setTimeout of the same length fires first", async (t) => {
  const order: string[] = [];
  const item = { _idleTimeout: 500, _onTimeout: () => order.push('idle') } as unknown as Parameters<typeof timers._unrefActive>[0];
  timers._unrefActive(item);
  (item as { _idleTimeout: number })._idleTimeout = 73;
  timers._unrefActive(item);
  await new Promise((resolve) => timers.setTimeout(resolve, 20));
  // The list empties (the item is taken out) and gets the item back: due 73 ms from now, like
  // the timer made next, and started before it.
  timers._unrefActive(item);
  await new Promise<void>((resolve) => timers.setTimeout(() => { order.push('timer'); resolve(); }, 73));
  t.deepEqual(order, ['idle', 'timer']);
});
