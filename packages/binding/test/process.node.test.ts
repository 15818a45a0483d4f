import test from 'ava';
import { closeSync, openSync, readFileSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import { binding, closeHandle, readAll, tempDir, write } from './helpers';
import type { Pipe, Process, SpawnOptions } from '../src/index';

const { Process: ProcessWrap, Pipe: PipeWrap, TCP: TCPWrap } = binding;

function spawn(options: SpawnOptions): { proc: Process; err: number; exit: Promise<[number, number]> } {
  const proc = new ProcessWrap();
  const exit = new Promise<[number, number]>((resolve) => (proc.onexit = (code, signal) => resolve([code, signal])));
  const err = proc.spawn(options);
  return { proc, err, exit };
}

test("Process: spawn /bin/echo with a 'pipe' stdout; pid; onexit(0, 0)", async (t) => {
  const out = new PipeWrap(false);
  const { proc, err, exit } = spawn({
    file: '/bin/echo',
    args: ['echo', 'hello', 'world'],
    stdio: [{ type: 'ignore' }, { type: 'pipe', handle: out }, { type: 'ignore' }],
  });
  t.is(err, 0);
  t.true(typeof proc.pid === 'number' && proc.pid > 0);
  const { data } = await readAll(out);
  t.is(data.toString(), 'hello world\n');
  t.deepEqual(await exit, [0, 0]);
  await Promise.all([closeHandle(out), closeHandle(proc)]);
});

test("Process: cat with 'pipe' stdin and stdout, cwd and envPairs", async (t) => {
  const stdin = new PipeWrap(false);
  const stdout = new PipeWrap(false);
  const dir = tempDir(t);
  const { proc, err, exit } = spawn({
    file: '/bin/sh',
    args: ['sh', '-c', 'cat; pwd; echo "$N10_VAR"'],
    cwd: dir,
    envPairs: ['N10_VAR=from-env', 'PATH=/usr/bin:/bin'],
    stdio: [
      { type: 'pipe', handle: stdin },
      { type: 'pipe', handle: stdout },
      { type: 'fd', fd: 2 },
    ],
  });
  t.is(err, 0);
  const reading = readAll(stdout);
  t.is(await write(stdin, 'through cat\n'), 0);
  await new Promise<void>((r) => stdin.shutdown({ oncomplete: () => r() }));
  const { data } = await reading;
  t.is(data.toString(), `through cat\n${dir}\nfrom-env\n`);
  t.deepEqual(await exit, [0, 0]);
  await Promise.all([closeHandle(stdin), closeHandle(stdout), closeHandle(proc)]);
});

test("Process: stdio 'fd' (a file) and 'inherit'", async (t) => {
  const file = join(tempDir(t), 'out.txt');
  const fd = openSync(file, 'w');
  const { proc, err, exit } = spawn({
    file: '/bin/sh',
    args: ['sh', '-c', 'echo to-file'],
    stdio: [{ type: 'ignore' }, { type: 'fd', fd }, { type: 'inherit', fd: 2 }],
  });
  t.is(err, 0);
  t.deepEqual(await exit, [0, 0]);
  closeSync(fd);
  t.is(readFileSync(file, 'utf8'), 'to-file\n');
  await closeHandle(proc);
});

test("Process: stdio 'wrap' hands an open TCP connection to the child as its stdout", async (t) => {
  const received = new Promise<string>((resolve) => {
    const srv = net.createServer((s) => {
      let data = '';
      s.on('data', (d) => (data += d));
      s.on('end', () => {
        srv.close();
        resolve(data);
      });
    });
    srv.listen(0, '127.0.0.1', () => {
      const tcp = new TCPWrap();
      tcp.connect(
        {
          oncomplete: () => {
            const { proc, err, exit } = spawn({
              file: '/bin/echo',
              args: ['echo', 'over tcp'],
              stdio: [{ type: 'ignore' }, { type: 'wrap', handle: tcp }, { type: 'ignore' }],
            });
            t.is(err, 0);
            void exit.then(() => {
              tcp.close();
              proc.close();
            });
          },
        },
        '127.0.0.1',
        (srv.address() as net.AddressInfo).port,
      );
    });
  });
  t.is(await received, 'over tcp\n');
});

test('Process: a failed spawn returns UV_ENOENT, sets no pid, and the handle still closes', async (t) => {
  const { proc, err } = spawn({ file: '/nonexistent/program', args: ['x'], stdio: [] });
  t.is(err, binding.uv.UV_ENOENT);
  t.is(binding.errnoException(err, 'spawn').message, 'spawn ENOENT');
  t.is(proc.pid, undefined);
  t.is(proc.kill(15), binding.uv.UV_ESRCH);
  t.is(proc.spawn({ file: '/bin/true' }), binding.uv.UV_EINVAL, 'a Process spawns once');
  await closeHandle(proc);
});

test('Process: a Process never spawned closes too', async (t) => {
  const proc = new ProcessWrap();
  let called = 0;
  await new Promise<void>((r) => proc.close(() => (called++, r())));
  t.is(called, 1);
});

test('Process: kill(SIGTERM) → onexit(0, SIGTERM); detached; the exit status of a failing child', async (t) => {
  const { SIGTERM } = binding.constants.signals;
  const sleeper = spawn({ file: '/bin/sleep', args: ['sleep', '30'], stdio: [], detached: true });
  t.is(sleeper.err, 0);
  t.is(sleeper.proc.kill(SIGTERM), 0);
  t.deepEqual(await sleeper.exit, [0, SIGTERM]);
  const failing = spawn({ file: '/bin/sh', args: ['sh', '-c', 'exit 3'], stdio: [] });
  t.deepEqual(await failing.exit, [3, 0]);
  await Promise.all([closeHandle(sleeper.proc), closeHandle(failing.proc)]);
});

test('Process: spawn options are type-checked (TypeError), not trusted', (t) => {
  const proc = new ProcessWrap();
  t.throws(() => proc.spawn(undefined as never), { instanceOf: TypeError });
  t.throws(() => proc.spawn({} as never), { instanceOf: TypeError });
  t.throws(() => proc.spawn({ file: '/bin/true', args: [1] } as never), { instanceOf: TypeError });
  t.throws(() => proc.spawn({ file: '/bin/true', stdio: [{ type: 'bogus' }] } as never), { instanceOf: TypeError });
  t.throws(() => proc.spawn({ file: '/bin/true', stdio: [{ type: 'pipe', handle: {} }] } as never), { instanceOf: TypeError });
  t.throws(() => proc.spawn({ file: '/bin/true', stdio: [{ type: 'pipe', handle: new TCPWrap() as unknown as Pipe }] }), { instanceOf: TypeError });
  t.throws(() => proc.spawn({ file: '/bin/true', envPairs: 'A=1' } as never), { instanceOf: TypeError });
  t.throws(() => proc.spawn({ file: 'a\0b' }), { instanceOf: TypeError });
  proc.close();
});

test('Process: exited() peeks at an ended child without reaping it; undefined once onexit has run', async (t) => {
  // A zombie has state Z in /proc/<pid>/stat.
  const zombie = (pid: number | undefined): boolean => {
    const stat = readFileSync('/proc/' + pid + '/stat', 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).charAt(0) === 'Z';
  };
  const { proc, err, exit } = spawn({ file: '/bin/sh', args: ['sh', '-c', 'exit 3'], stdio: [] });
  t.is(err, 0);
  while (!zombie(proc.pid));
  t.deepEqual(proc.exited(), [3, 0]);
  t.deepEqual(proc.exited(), [3, 0], 'still there: the peek did not reap it');
  t.deepEqual(await exit, [3, 0], 'libuv still reaps it and reports the exit');
  t.is(proc.exited(), undefined);
  await closeHandle(proc);
  t.is(proc.exited(), undefined);

  const killed = spawn({ file: '/bin/sh', args: ['sh', '-c', 'kill -TERM $$'], stdio: [] });
  while (!zombie(killed.proc.pid));
  t.deepEqual(killed.proc.exited(), [0, 15]);
  t.deepEqual(await killed.exit, [0, 15]);
  await closeHandle(killed.proc);

  const running = spawn({ file: '/bin/sleep', args: ['sleep', '5'], stdio: [] });
  t.is(running.proc.exited(), undefined);
  running.proc.kill(9);
  await running.exit;
  await closeHandle(running.proc);

  const failed = new ProcessWrap();
  t.is(failed.spawn({ file: '/nonexistent/program', args: ['x'], stdio: [] }), binding.uv.UV_ENOENT);
  t.is(failed.exited(), undefined);
  await closeHandle(failed);
});
