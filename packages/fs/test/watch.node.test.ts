// fs.watch (FSWatcher) and fs.watchFile/fs.unwatchFile (StatWatcher). Events are awaited,
// never timed: a test waits for the event it expects (ava's timeout is the only limit).
import test from 'ava';
import n10process from '@n10/process';
import { fs, hostFs, loose, scratch } from './helpers/tmp';

const dir = scratch('watch');
let n = 0;

type Watcher = ReturnType<typeof fs.watch>;
function nextChange(w: Watcher, want: (event: string, filename: string | null) => boolean): Promise<[string, string | null]> {
  return new Promise((resolve) => {
    const on = (event: string, filename: string | null): void => {
      if (!want(event, filename)) return;
      w.removeListener('change', on);
      resolve([event, filename]);
    };
    w.on('change', on);
  });
}

test.serial('fs.watch(filename, [options], [listener]) on a directory: create, modify, rename, delete', async (t) => {
  const d = `${dir}/d${n++}`;
  hostFs.mkdirSync(d);
  const calls: string[] = [];
  const w = fs.watch(d, (event: string, filename: string | null) => calls.push(`${event}:${filename}`));
  t.deepEqual(Object.keys(w), ['domain', '_events', '_maxListeners', '_handle']);
  let p = nextChange(w, (e, f) => e === 'rename' && f === 'a');
  hostFs.writeFileSync(`${d}/a`, '');
  t.deepEqual(await p, ['rename', 'a']);
  p = nextChange(w, (e, f) => e === 'change' && f === 'a');
  hostFs.appendFileSync(`${d}/a`, 'x');
  t.deepEqual(await p, ['change', 'a']);
  const from = nextChange(w, (e, f) => e === 'rename' && f === 'a');
  const to = nextChange(w, (e, f) => e === 'rename' && f === 'b');
  hostFs.renameSync(`${d}/a`, `${d}/b`);
  await Promise.all([from, to]);
  p = nextChange(w, (e, f) => e === 'rename' && f === 'b');
  hostFs.unlinkSync(`${d}/b`);
  await p;
  t.true(calls.includes('rename:a') && calls.includes('change:a') && calls.includes('rename:b'), 'the listener saw them too');
  w.close();
  w.close();
});

test.serial("fs.watch on a file: Event: 'change' gives its own name; watcher.close() stops events", async (t) => {
  const f = `${dir}/watched${n++}`;
  hostFs.writeFileSync(f, 'x');
  const w = fs.watch(f, { persistent: true });
  const p = nextChange(w, (e) => e === 'change');
  hostFs.writeFileSync(f, 'xy');
  t.deepEqual(await p, ['change', f.slice(f.lastIndexOf('/') + 1)]);
  w.close();
  let after = 0;
  w.on('change', () => after++);
  hostFs.writeFileSync(f, 'xyz');
  // a second watcher proves the event happened, so the closed one had its chance
  const w2 = fs.watch(f);
  const p2 = nextChange(w2, () => true);
  hostFs.writeFileSync(f, 'xyzw');
  await p2;
  w2.close();
  t.is(after, 0);
});

test.serial("Class: fs.FSWatcher: an EventEmitter with start and close; Event: 'error' closes the handle", (t) => {
  const w = fs.watch(dir);
  const proto = Object.getPrototypeOf(w);
  t.is(w.constructor.name, 'FSWatcher');
  t.deepEqual(Object.getOwnPropertyNames(proto), ['constructor', 'start', 'close']);
  t.is(typeof w.on, 'function');
  // The OS rarely reports a watch failure; the handle is swapped in for the binding's call,
  // as 0.10's tests did with handles (the policy under test is the JS layer's).
  const errors: Array<Error & Record<string, unknown>> = [];
  w.on('error', (e: Error & Record<string, unknown>) => errors.push(e));
  let closed = 0;
  const realClose = w._handle.close.bind(w._handle);
  w._handle.close = (cb?: () => void) => {
    closed++;
    realClose(cb);
  };
  const onchange = w._handle.onchange as (status: number, event: string, filename: string | null) => void;
  onchange(-2, 'rename', null);
  t.is(errors.length, 1);
  t.is(errors[0].message, 'watch ENOENT');
  t.is(errors[0].code, 'ENOENT');
  t.is(errors[0].syscall, 'watch');
  t.is(closed, 1);
});

test.serial('fs.watch errors: missing path (errnoException form), bad arguments, NUL bytes', (t) => {
  const e = t.throws(() => fs.watch(`${dir}/nope`)) as Error & Record<string, unknown>;
  t.is(e.message, 'watch ENOENT');
  t.deepEqual(Object.keys(e), ['code', 'errno', 'syscall']);
  t.is(e.errno, 'ENOENT');
  t.is(e.syscall, 'watch');
  t.throws(() => loose.watch(123), { instanceOf: TypeError, message: 'Bad arguments' });
  t.throws(() => fs.watch(`${dir}/a\u0000`), { message: 'Path must be a string without null bytes.' });
  t.is(typeof loose.FSWatcher, 'undefined', 'fs.FSWatcher is not exported in 0.10');
});

test.serial('fs.watchFile(filename, [options], listener): (curr, prev) Stats as the file grows, goes, comes back', async (t) => {
  const f = `${dir}/polled${n++}`;
  type Event = { curr: InstanceType<typeof fs.Stats>; prev: InstanceType<typeof fs.Stats> };
  let waiting: { want: (e: Event) => boolean; done: (e: Event) => void } | null = null;
  const listener = (curr: InstanceType<typeof fs.Stats>, prev: InstanceType<typeof fs.Stats>): void => {
    t.true(curr instanceof fs.Stats && prev instanceof fs.Stats);
    if (waiting && waiting.want({ curr, prev })) waiting.done({ curr, prev });
  };
  // Repeats `act` until the listener sees an event `want` accepts: whatever the poller's
  // timing, the expected transition is eventually observed (only ava's timeout can fail it).
  const until = (want: (e: Event) => boolean, act: () => void): Promise<Event> =>
    new Promise((resolve) => {
      const timer = setInterval(act, 30);
      waiting = {
        want,
        done: (e) => {
          clearInterval(timer);
          waiting = null;
          resolve(e);
        },
      };
      act();
    });
  // The file exists before the watch starts, so whenever the poller's first stat runs, its
  // baseline is "a file" (a baseline of "missing" would depend on that timing).
  hostFs.writeFileSync(f, 'abc');
  const w = fs.watchFile(f, { interval: 10 }, listener);
  t.deepEqual(Object.keys(w), ['domain', '_events', '_maxListeners', '_handle']);
  t.is(fs.watchFile(f, () => {}), w, 'one watcher per filename');

  // grows
  const grew = await until(
    (e) => e.prev.size >= 3 && e.curr.size > e.prev.size,
    () => hostFs.appendFileSync(f, 'd'),
  );
  t.is(grew.curr.nlink, 1);
  t.true(grew.curr.isFile());
  // goes: the current Stats of a missing file are all zeros (epoch times)
  const gone = await until(
    (e) => e.curr.nlink === 0,
    () => hostFs.existsSync(f) && hostFs.unlinkSync(f),
  );
  t.true(gone.prev.size > 3);
  t.is(gone.curr.size, 0);
  t.is(gone.curr.mtime.getTime(), 0);
  t.false(gone.curr.isFile());
  // comes back
  const back = await until(
    (e) => e.curr.nlink === 1,
    () => hostFs.existsSync(f) || hostFs.writeFileSync(f, 'xy'),
  );
  t.is(back.curr.size, 2);

  const order: string[] = [];
  w.on('stop', () => order.push('stop'));
  fs.unwatchFile(f);
  order.push('returned');
  t.deepEqual(order, ['stop', 'returned'], "'stop' is emitted synchronously");
});

test.serial('fs.unwatchFile(filename, [listener]) removes one listener, or all and stops', (t) => {
  const f = `${dir}/polled${n++}`;
  const a = (): void => {};
  const b = (): void => {};
  const w = fs.watchFile(f, { interval: 1000, persistent: false }, a);
  fs.watchFile(f, b);
  let stopped = 0;
  w.on('stop', () => stopped++);
  fs.unwatchFile(f, a);
  t.is(w.listeners('change').length, 1);
  t.is(stopped, 0);
  fs.unwatchFile(f);
  t.is(stopped, 1);
  t.not(fs.watchFile(f, { persistent: false }, a), w, 'a new watcher after stopping');
  fs.unwatchFile(f);
  fs.unwatchFile(`${dir}/never-watched`);
  t.throws(() => loose.watchFile(f), { message: 'watchFile requires a listener function' });
});

test.serial("fs.unwatchFile(filename): the StatWatcher's handle has 0.10's onchange and onstop; onstop emits 'stop', its ticks run before unwatchFile returns", (t) => {
  const f = `${dir}/polled${n++}`;
  const w = fs.watchFile(f, { interval: 1000, persistent: false }, () => {});
  const handle = (w as unknown as { _handle: Record<string, unknown> })._handle;
  t.deepEqual(Object.keys(handle), ['onchange', 'onstop']);
  t.is(typeof handle.onstop, 'function');
  const order: string[] = [];
  w.on('stop', () => {
    order.push('stop');
    n10process.nextTick(() => order.push('tick'));
  });
  fs.unwatchFile(f);
  order.push('returned');
  t.deepEqual(order, ['stop', 'tick', 'returned']);
});

test('fs.watch(filename) on a missing path: the error\'s stack begins at errnoException, then FSWatcher.start, as 0.10\'s fs.js', (t) => {
  const err = t.throws(() => fs.watch('/nonexistent-n10-watch')) as Error;
  const frames = (err.stack || '').split('\n').filter((line) => /^\s+at /.test(line));
  t.regex(frames[0], /\berrnoException\b/);
  t.regex(frames[1], /\bstart\b/);
  t.false(frames.some((line) => /[\\/]binding[\\/]/.test(line)));
});
