// spawn(), the ChildProcess object and its events, with real programs (sh, cat, echo, head)
// as the children.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cp from '@n10/child_process';
import type { ChildProcessInstance } from '@n10/child_process';
import { EventEmitter } from '@n10/events';
import net from '@n10/net';
import n10process from '@n10/process';
import { once, oracle, record } from './helpers';

function output(stream: EventEmitter | null): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    if (!stream) return resolve(s);
    stream.on('data', (d: unknown) => (s += String(d)));
    stream.on('end', () => resolve(s));
  });
}

test("require('child_process'): 0.10's members in order", (t) => {
  const want = spawnSync(oracle, ['-e', "console.log(Object.keys(require('child_process')).join(' '))"], { encoding: 'utf8' }).stdout.trim();
  t.is(Object.keys(cp).join(' '), want);
});

test('Class: ChildProcess: an EventEmitter with 0.10\'s own properties and prototype', async (t) => {
  const src =
    "var c = require('child_process').spawn('true'); console.log(Object.keys(c).join(' ')); console.log(Object.keys(Object.getPrototypeOf(c)).join(' ')); console.log(c.constructor.name)";
  const want = spawnSync(oracle, ['-e', src], { encoding: 'utf8' }).stdout.trim().split('\n');
  const c = cp.spawn('true');
  t.true(c instanceof EventEmitter);
  t.is(Object.keys(c).join(' '), want[0]);
  t.is(Object.keys(Object.getPrototypeOf(c)).join(' '), want[1]);
  t.is(c.constructor.name, want[2]);
  await once(c, 'close');
});

test("Event: 'exit' (code, null) then Event: 'close' once stdout and stderr have ended", async (t) => {
  const c = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 7']);
  const log = record(c, ['exit', 'close'], 'close');
  const [out, err] = await Promise.all([output(c.stdout), output(c.stderr)]);
  t.deepEqual(await log, ['exit 7 null', 'close 7 null']);
  t.is(out, 'out\n');
  t.is(err, 'err\n');
  t.is(c.exitCode, 7);
  t.is(c.signalCode, null);
  t.is(c._handle, null);
});

test("Event: 'exit' (null, signal) for a child killed by a signal; child.kill([signal])", async (t) => {
  const c = cp.spawn('sleep', ['10']);
  t.false(c.killed);
  t.true(c.kill());
  t.true(c.killed);
  const [code, signal] = await once(c, 'exit');
  t.is(code, null);
  t.is(signal, 'SIGTERM');
  t.is(c.signalCode, 'SIGTERM');
  t.is(c.exitCode, null);
  // After the end: nothing to signal, no error.
  t.false(c.kill());
  const d = cp.spawn('sleep', ['10']);
  t.true(d.kill('SIGHUP'));
  t.deepEqual(await once(d, 'exit'), [null, 'SIGHUP']);
  const e = cp.spawn('sh', ['-c', 'kill -USR1 $$']);
  t.deepEqual(await once(e, 'exit'), [null, 'SIGUSR1']);
});

test('child.kill([signal]): names only, as 0.10 (numbers and unknown names throw), 0 probes', async (t) => {
  const c = cp.spawn('sleep', ['10']);
  t.throws(() => c.kill('SIGFOO'), { message: 'Unknown signal: SIGFOO' });
  t.throws(() => c.kill(9), { message: 'Unknown signal: 9' });
  t.true(c.kill(0));
  t.true(c.killed);
  c.kill('SIGKILL');
  t.deepEqual(await once(c, 'exit'), [null, 'SIGKILL']);
});

test("child.kill([signal]): a program that could not be started can still be signalled until its 'error' (0.10 had forked it)", async (t) => {
  const c = cp.spawn('nonexistent-program-n10');
  t.true(c.kill());
  t.true(c.killed);
  t.true(c.kill('SIGKILL'));
  const [e] = (await once(c, 'error')) as [NodeJS.ErrnoException];
  t.is(e.code, 'ENOENT');
  t.false(c.kill(), 'after the error: nothing to signal');
  t.is(c.exitCode, -1);
  t.is(c.signalCode, null);
  t.deepEqual(await once(c, 'close'), [-1, null]);
});

test('child.pid: the child\'s process id', async (t) => {
  const c = cp.spawn('sh', ['-c', 'echo $$']);
  t.is(typeof c.pid, 'number');
  t.is(await output(c.stdout), c.pid + '\n');
});

test('child.stdin: a Writable piped into the child (cat echoes it back)', async (t) => {
  const c = cp.spawn('cat');
  t.true(c.stdin!.writable);
  t.false(c.stdin!.readable);
  t.false(c.stdout!.writable);
  const out = output(c.stdout);
  c.stdin!.write('hello ');
  c.stdin!.write(n10Buffer('wörld\n'));
  c.stdin!.end('bye\n');
  t.is(await out, 'hello wörld\nbye\n');
  t.deepEqual(await once(c, 'close'), [0, null]);
});

function n10Buffer(s: string) {
  // The socket takes n10 Buffers and strings.
  const { Buffer } = require('@n10/buffer') as typeof import('@n10/buffer');
  return new Buffer(s, 'utf8');
}

test('child.stdout: several MB from the child, every byte in order (stderr too)', async (t) => {
  // 1..1500000, one a line (about 10 MB), on both streams at once.
  const want = crypto.createHash('sha1').update(spawnSync('seq', ['1', '1500000'], { maxBuffer: 64 << 20 }).stdout).digest('hex');
  const d = cp.spawn('sh', ['-c', 'seq 1 1500000; seq 1 1500000 >&2']);
  const hash = (stream: EventEmitter) =>
    new Promise<{ n: number; h: string }>((resolve) => {
      const h = crypto.createHash('sha1');
      let n = 0;
      stream.on('data', (b: Uint8Array) => {
        n += b.length;
        h.update(b);
      });
      stream.on('end', () => resolve({ n, h: h.digest('hex') }));
    });
  const [out, err] = await Promise.all([hash(d.stdout!), hash(d.stderr!)]);
  t.true(out.n > 10_000_000);
  t.is(out.h, want);
  t.is(err.h, want);
  t.deepEqual(await once(d, 'close'), [0, null]);
});

test('child.stderr: a Readable of the child\'s stderr', async (t) => {
  const c = cp.spawn('sh', ['-c', 'echo oops >&2']);
  c.stderr!.setEncoding('utf8');
  t.is(await output(c.stderr), 'oops\n');
});

test("'close' does not wait for output nobody reads (0.10 flushes it after 'exit')", async (t) => {
  // More than the stream buffers (64 KiB), less than that and the pipe hold together.
  const c = cp.spawn('sh', ['-c', 'head -c 100000 /dev/zero']);
  t.deepEqual(await once(c, 'close'), [0, null]);
});

test("Event: 'error': spawn ENOENT as 0.10 (no 'exit', execvp() on stderr, 'close' -1)", async (t) => {
  const c = cp.spawn('n10-no-such-program');
  const log = record(c, ['error', 'exit', 'close'], 'close');
  const err = output(c.stderr);
  const [e] = (await once(c, 'error')) as [Error & Record<string, unknown>];
  t.is(e.message, 'spawn ENOENT');
  t.deepEqual(Object.keys(e), ['code', 'errno', 'syscall']);
  t.is(e.code, 'ENOENT');
  t.is(e.errno, 'ENOENT');
  t.is(e.syscall, 'spawn');
  t.is(await err, 'execvp(): No such file or directory\n');
  t.deepEqual(await log, ['error spawn ENOENT', 'close -1 null']);
  t.is(c.exitCode, -1);
});

test("Event: 'error': spawn ENOENT with stdio nobody reads still closes, each pipe ending in its own turn (0.10)", async (t) => {
  const c = cp.spawn('n10-no-such-program');
  const log: string[] = [];
  c.on('error', (e: Error) => log.push('error ' + e.message));
  c.on('close', (code: number, sig: string | null) => log.push(`close ${code} ${sig}`));
  for (const name of ['stdout', 'stderr'] as const) {
    const s = c[name] as unknown as EventEmitter;
    s.on('end', () => log.push(name + ' end'));
    s.on('close', () => log.push(name + ' close'));
  }
  await once(c.stderr as unknown as EventEmitter, 'close');
  t.deepEqual(log, ['error spawn ENOENT', 'stdout end', 'stdout close', 'stderr end', 'close -1 null', 'stderr close']);
});

test("Event: 'error': EACCES for a file that is not executable, chdir() for a missing cwd", async (t) => {
  const file = path.join(os.tmpdir(), `n10-noexec-${process.pid}.sh`);
  fs.writeFileSync(file, 'echo hi\n', { mode: 0o644 });
  const c = cp.spawn(file);
  const err = output(c.stderr);
  t.is(((await once(c, 'error'))[0] as Error).message, 'spawn EACCES');
  t.is(await err, 'execvp(): Permission denied\n');
  fs.unlinkSync(file);
  const d = cp.spawn('ls', [], { cwd: '/n10/no/such/dir' });
  const err2 = output(d.stderr);
  t.is(((await once(d, 'error'))[0] as Error).message, 'spawn ENOENT');
  t.is(await err2, 'chdir(): No such file or directory\n');
});

test("Event: 'error' comes from the loop: after the caller's ticks, before its immediates", async (t) => {
  const timers = (await import('@n10/timers')).default;
  const order: string[] = [];
  const c = cp.spawn('n10-no-such-program', [], { stdio: 'ignore' });
  c.on('error', () => order.push('error'));
  n10process.nextTick(() => order.push('tick'));
  await new Promise<void>((resolve) => timers.setImmediate(() => (order.push('immediate'), resolve())));
  t.deepEqual(order, ['tick', 'error', 'immediate']);
});

test('spawn(command, [args], [options]): cwd and env (values as strings, like 0.10)', async (t) => {
  const c = cp.spawn('sh', ['-c', 'echo "$PWD|$A|$B|$C"'], { cwd: '/tmp', env: { A: 1, B: null, C: 'x y' } });
  t.is(await output(c.stdout), '/tmp|1|null|x y\n');
  // options without env: the parent's environment.
  n10process.env.N10_CP_TEST = 'inherited';
  const d = cp.spawn('sh', ['-c', 'echo $N10_CP_TEST'], {});
  t.is(await output(d.stdout), 'inherited\n');
  delete n10process.env.N10_CP_TEST;
  // args are strings.
  const e = cp.spawn('echo', [1, true, null] as never);
  t.is(await output(e.stdout), '1 true null\n');
});

test("spawn: argument errors as 0.10 reported them", (t) => {
  t.throws(() => cp.spawn(undefined as never), { instanceOf: TypeError, message: 'Bad argument' });
  t.throws(() => cp.spawn('echo', { cwd: '/' } as never), { instanceOf: TypeError, message: "Object #<Object> has no method 'slice'" });
  t.throws(() => cp.spawn('true', [], { stdio: 'foo' }), { instanceOf: TypeError, message: 'Incorrect value of stdio option: foo' });
  t.throws(() => cp.spawn('true', [], { stdio: ['inherit'] }), { instanceOf: TypeError, message: 'Incorrect value for stdio stream: inherit' });
  t.throws(() => cp.spawn('true', [], { stdio: [{}] }), { instanceOf: TypeError, message: 'Incorrect value for stdio stream: [object Object]' });
  t.throws(() => cp.spawn('true', [], { stdio: ['ipc', 'ipc'] }), { message: 'Child process can have only one IPC pipe' });
});

test('spawn options.stdio: a value neither a string nor an array is a TypeError; a falsy one is \'pipe\' (0.10: options.stdio || \'pipe\')', async (t) => {
  for (const v of [5, true, {}]) {
    t.throws(() => cp.spawn('true', [], { stdio: v as never }), { instanceOf: TypeError, message: 'Incorrect value of stdio option: ' + String(v) });
  }
  for (const v of [0, '', null, false]) {
    const child = cp.spawn('true', [], { stdio: v as never });
    t.is(child.stdio.length, 3);
    t.truthy(child.stdin && child.stdout && child.stderr);
    await new Promise((resolve) => child.on('close', resolve));
  }
});

test("spawn options.stdio: 'ignore', 'inherit', fds, streams, extra pipes, null defaults", async (t) => {
  const ignored = cp.spawn('sh', ['-c', 'echo gone'], { stdio: 'ignore' });
  t.deepEqual(ignored.stdio, [null, null, null]);
  t.is(ignored.stdout, null);
  await once(ignored, 'close');

  // A file descriptor (and the same as a stream with .fd) is shared with the child.
  const file = path.join(os.tmpdir(), `n10-stdio-${process.pid}.txt`);
  const fd = fs.openSync(file, 'w');
  const toFile = cp.spawn('sh', ['-c', 'echo to-file; echo err-to-file >&2'], { stdio: ['ignore', fd, { fd } as never] });
  t.deepEqual(toFile.stdio, [null, null, null]);
  t.deepEqual(await once(toFile, 'close'), [0, null]);
  fs.closeSync(fd);
  t.is(fs.readFileSync(file, 'utf8'), 'to-file\nerr-to-file\n');
  fs.unlinkSync(file);

  // A fourth pipe, and null for the defaults (pipes for 0-2).
  const extra = cp.spawn('sh', ['-c', 'echo three >&3'], { stdio: [null, null, null, 'pipe'] });
  t.is(extra.stdio.length, 4);
  t.truthy(extra.stdio[3]);
  t.is(await output(extra.stdio[3]), 'three\n');

  // A net.Socket's handle (a connection) as the child's stdout.
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const received = new Promise<string>((resolve) => {
    server.on('connection', (s: EventEmitter) => {
      let d = '';
      s.on('data', (x: unknown) => (d += String(x)));
      s.on('end', () => resolve(d));
    });
  });
  const sock = net.connect((server.address() as { port: number }).port, '127.0.0.1');
  await once(sock, 'connect');
  const viaSocket = cp.spawn('echo', ['over tcp'], { stdio: ['ignore', sock, 'ignore'] });
  // 0.10: a second Socket over that handle is child.stdout; it takes the reads over, and the
  // child's 'close' waits for it (here: until the server ends the connection).
  t.truthy(viaSocket.stdout);
  t.not(viaSocket.stdout, sock as unknown);
  t.is(viaSocket.stdio[1], viaSocket.stdout);
  const closed = once(viaSocket, 'close');
  await once(viaSocket, 'exit');
  sock.end();
  t.is(await received, 'over tcp\n');
  await closed;
  server.close();

  // Negative numbers mean a pipe (0.10).
  const neg = cp.spawn('echo', ['neg'], { stdio: [-1, -1, -1] });
  t.is(await output(neg.stdout), 'neg\n');
});

test("spawn options.stdio 'inherit': the child writes to the parent's own stdout", (t) => {
  const src = "require('child_process').spawn('echo', ['inherited'], {stdio: 'inherit'}).on('close', function (c) { console.log('close', c); });";
  const r = spawnSync(process.execPath, [require('./helpers').n10, '-e', src], { encoding: 'utf8', timeout: 60000 });
  t.is(r.stdout, 'inherited\nclose 0\n');
});

test('spawn options.customFds (deprecated): -1 is a new pipe, others are shared', async (t) => {
  const c = cp.spawn('sh', ['-c', 'echo out; echo err >&2'], { customFds: [-1, -1, -1] });
  const [out, err] = await Promise.all([output(c.stdout), output(c.stderr)]);
  t.is(out, 'out\n');
  t.is(err, 'err\n');
  const d = cp.spawn('true', [], { customFds: [-1, 2, -1] });
  t.is(d.stdout, null);
  t.truthy(d.stderr);
  await once(d, 'close');
});

test('spawn options.detached: the child leads a new process group; child.unref()', async (t) => {
  const c = cp.spawn('sh', ['-c', 'ps -o pgid= -p $$'], { detached: true });
  const pgid = Number((await output(c.stdout)).trim());
  t.is(pgid, c.pid as number);
  const d = cp.spawn('sh', ['-c', 'ps -o pgid= -p $$']);
  t.not(Number((await output(d.stdout)).trim()), d.pid);
  // unref: a detached child does not keep an n10 program alive.
  const src = "var c = require('child_process').spawn('sleep', ['5'], {detached: true, stdio: 'ignore'}); c.unref(); console.log(typeof c.pid);";
  const started = Date.now();
  const r = spawnSync(process.execPath, [require('./helpers').n10, '-e', src], { encoding: 'utf8', timeout: 60000 });
  t.is(r.stdout, 'number\n');
  t.true(Date.now() - started < 4000);
});

test('spawn options.uid / options.gid: the child runs as that user (needs root)', async (t) => {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    t.pass('not root: skipped');
    return;
  }
  const c = cp.spawn('sh', ['-c', 'id -u; id -g'], { uid: 65534, gid: 65534 });
  t.is(await output(c.stdout), '65534\n65534\n');
});

test('child.ref() / child.unref(): an unref\'d child does not keep an n10 program alive', (t) => {
  const src = "var c = require('child_process').spawn('sleep', ['5'], {stdio: 'ignore'}); c.unref(); console.log('done');";
  const started = Date.now();
  const r = spawnSync(process.execPath, [require('./helpers').n10, '-e', src], { encoding: 'utf8', timeout: 60000 });
  t.is(r.stdout, 'done\n');
  t.true(Date.now() - started < 4000);
});

test('stdin is destroyed when the child exits; writing then is an error, not a hang', async (t) => {
  const c: ChildProcessInstance = cp.spawn('true');
  await once(c, 'exit');
  t.true(c.stdin!.destroyed);
});

// The runtime shows an uncaught error's site from a registry (Symbol.for('n10.throwSites'));
// child_process notes there where 0.10's child_process.js threw what its JavaScript threw.
test.serial('errors child_process.js itself threw (stdio options, two IPC pipes, unknown signals) are noted at 0.10\'s line for the uncaught report', (t) => {
  const key = Symbol.for('n10.throwSites');
  const g = globalThis as unknown as Record<symbol, WeakMap<object, unknown> | undefined>;
  const had = g[key];
  const sites = had || new WeakMap<object, unknown>();
  if (!had) g[key] = sites;
  try {
    const site = (f: () => unknown) => sites.get(t.throws(f) as object) as { file: string; line: number; text: string; caret: string };
    t.deepEqual(site(() => cp.spawn('true', [], { stdio: 'bogus' })), {
      file: 'child_process.js',
      line: 842,
      text: "      default: throw new TypeError('Incorrect value of stdio option: ' + stdio",
      caret: '                     ^',
    });
    t.is(site(() => cp.spawn('true', [], { stdio: 5 as never })).line, 845);
    t.is(site(() => cp.spawn('true', [], { stdio: ['ipc', 'ipc'] })).line, 878);
    t.is(site(() => cp.spawn('true', [], { stdio: [{}] as never })).line, 901);
    const child = cp.spawn('true');
    t.is(site(() => child.kill('SIGFOO' as never)).caret, '          ^');
  } finally {
    if (!had) delete g[key];
  }
});

test("child_process.spawn('node', …) and exec('node …') tell an n10 child the name it was run by (N10_ARGV0=node, its process.argv[0]); other commands get nothing", async (t) => {
  const show = 'console.log(process.env.N10_ARGV0)';
  const byName = cp.spawn('node', ['-e', show]);
  t.is(await output(byName.stdout), 'node\n');
  const viaShell = await new Promise<string>((resolve) => cp.exec('node -e ' + JSON.stringify(show), (_e, out) => resolve(String(out))));
  t.is(viaShell, 'node\n');
  const other = cp.spawn('sh', ['-c', 'echo ${N10_ARGV0:-unset}']);
  t.is(await output(other.stdout), 'unset\n');
  const byPath = cp.spawn(process.execPath, ['-e', show]);
  t.is(await output(byPath.stdout), 'undefined\n');
});

test('child_process.spawn(command, args, options): args is copied with its slice(0), then unshift(file), as 0.10 (V8 3.14 messages when either is missing); a file that is not a string is refused after the stdio pipes are made', (t) => {
  t.throws(() => cp.spawn('true', 5 as unknown as string[]), { instanceOf: TypeError, message: "Object 5 has no method 'slice'" });
  t.throws(() => cp.spawn('true', { slice: () => 1 } as unknown as string[]), { instanceOf: TypeError, message: "Object 1 has no method 'unshift'" });
  const c = cp.spawn('echo', { slice: () => ['a', 'b'] } as unknown as string[]);
  t.truthy(c.stdout);
  t.throws(() => cp.spawn(5 as unknown as string, [], { stdio: 'bogus' }), { instanceOf: TypeError, message: 'Incorrect value of stdio option: bogus' });
  t.throws(() => cp.spawn(5 as unknown as string), { instanceOf: TypeError, message: 'Bad argument' });
});

test('child_process.spawn options.customFds: the translation is written into the caller\'s options.stdio (0.10)', async (t) => {
  const opts = { customFds: [-1, -1, -1] };
  const c = cp.spawn('true', [], opts);
  t.deepEqual((opts as { stdio?: unknown }).stdio, ['pipe', 'pipe', 'pipe']);
  await once(c, 'close');
});
