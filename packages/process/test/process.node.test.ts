// The process object over @n10/binding: the operating system's answers, compared with the
// host's own process (the same process) and with node 0.10's behaviour.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from '@n10/process';
import { native } from '@n10/process/internal';

const host = globalThis.process;

test('the binding is there (the facts below are the OS\'s)', (t) => {
  t.truthy(native());
});

test('process.pid, process.platform, process.arch, process.execPath are this process\'s', (t) => {
  t.is(process.pid, host.pid);
  t.is(process.platform, host.platform);
  t.is(process.arch, host.arch);
  t.is(process.execPath, fs.realpathSync(host.execPath));
});

test('process.env is the real environment: writes reach it, children inherit them', (t) => {
  process.env.N10_NATIVE_ENV = 7 as unknown as string;
  t.is(host.env.N10_NATIVE_ENV, '7');
  const child = execFileSync('/bin/sh', ['-c', 'printf %s "$N10_NATIVE_ENV"'], { env: undefined, encoding: 'utf8' });
  t.is(child, '7');
  delete process.env.N10_NATIVE_ENV;
  t.is(host.env.N10_NATIVE_ENV, undefined);
  t.is(process.env.HOME, host.env.HOME);
});

test.serial('process.chdir(directory) changes the real cwd; a failure is 0.10\'s uv_chdir error', (t) => {
  const start = process.cwd();
  t.is(start, fs.readlinkSync('/proc/self/cwd'));
  const dir = fs.realpathSync(os.tmpdir());
  process.chdir(dir);
  // (the host caches its cwd; the OS's is /proc/self/cwd)
  t.is(fs.readlinkSync('/proc/self/cwd'), dir);
  t.is(process.cwd(), dir);
  process.chdir(start);
  const err = t.throws(() => process.chdir('/no/such/dir/n10')) as Error & Record<string, unknown>;
  t.is(err.message, 'ENOENT, no such file or directory');
  t.deepEqual(Object.keys(err), ['errno', 'code', 'syscall']);
  t.is(err.errno, 34);
  t.is(err.code, 'ENOENT');
  t.is(err.syscall, 'uv_chdir');
});

test.serial('process.umask([mask]) sets the real mask', (t) => {
  const old = process.umask(0o77);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'n10-umask-')), 'f');
  fs.writeFileSync(file, '');
  t.is(fs.statSync(file).mode & 0o777, 0o600);
  process.umask(old);
  t.is(host.umask(), old);
});

test('process.getuid(), getgid(), getgroups() are the OS\'s', (t) => {
  t.is(process.getuid(), host.getuid!());
  t.is(process.getgid(), host.getgid!());
  t.true(process.getgroups().includes(process.getgid()));
});

test('process.setgid / setuid: unknown names as 0.10', (t) => {
  t.throws(() => process.setgid('no-such-group-n10'), { message: 'setgid group id does not exist' });
  t.throws(() => process.setuid('no-such-user-n10'), { message: 'setuid user id does not exist' });
  t.throws(() => process.setgroups(['no-such-group-n10']), { message: 'group name not found' });
  t.throws(() => process.initgroups(0, 'no-such-group-n10'), { message: 'initgroups extra group not found' });
});

test('process.kill(pid, 0) probes; ESRCH is 0.10\'s errnoException; numbers other than 0 are unknown signals', (t) => {
  t.true(process.kill(process.pid, 0));
  const err = t.throws(() => process.kill(99999999, 0)) as Error & Record<string, unknown>;
  t.is(err.message, 'kill ESRCH');
  t.deepEqual([err.code, err.errno, err.syscall], ['ESRCH', 'ESRCH', 'kill']);
  t.throws(() => process.kill(process.pid, 9), { message: 'Unknown signal: 9' });
  t.throws(() => process.kill(process.pid, 'SIGFOO'), { message: 'Unknown signal: SIGFOO' });
});

test('process.kill(pid, 0): the pid is taken as 0.10 took it (IntegerValue: a non-number is 0, the process group; 1.5 is 1)', (t) => {
  t.true(process.kill('not a pid' as never, 0));
  t.true(process.kill((process.pid + 0.5) as never, 0));
});

test.serial('Signal Events: a listener gets the signal; the last one removed closes the handle', async (t) => {
  let got = 0;
  const onSignal = () => {
    got++;
  };
  process.on('SIGUSR2', onSignal);
  t.true(process.kill(process.pid, 'SIGUSR2'));
  for (let i = 0; i < 100 && got === 0; i++) await new Promise((r) => setTimeout(r, 10));
  t.is(got, 1);
  process.removeListener('SIGUSR2', onSignal);
  t.is(process.listeners('SIGUSR2').length, 0);
  // With no n10 handle left, the host's own listener sees the next one (ours is closed).
  let hostGot = 0;
  const hostListener = () => {
    hostGot++;
  };
  host.on('SIGUSR2', hostListener);
  host.kill(host.pid, 'SIGUSR2');
  for (let i = 0; i < 100 && hostGot === 0; i++) await new Promise((r) => setTimeout(r, 10));
  host.removeListener('SIGUSR2', hostListener);
  t.is(hostGot, 1);
  t.is(got, 1);
});

test('process.memoryUsage(): rss from libuv, heap from V8', (t) => {
  const m = process.memoryUsage();
  t.true(m.rss > 0 && m.heapTotal > 0 && m.heapUsed > 0);
});

test('process.uptime(): seconds since this process started', (t) => {
  t.true(Math.abs(process.uptime() - host.uptime()) < 1);
});

test('process.hrtime() is the monotonic clock the host uses', (t) => {
  const [s, ns] = process.hrtime();
  const [hs, hns] = host.hrtime();
  t.true(Math.abs(s * 1e9 + ns - (hs * 1e9 + hns)) < 1e9);
});

test('process.binding("constants") is 0.10\'s flat object of fs, errno and signal numbers', (t) => {
  const c = process.binding('constants') as Record<string, number>;
  t.is(c.O_RDONLY, 0);
  t.is(c.ENOENT, 2);
  t.is(c.SIGINT, 2);
  t.throws(() => process.binding('nope'), { message: 'No such module' });
});

test('process.title is the OS process title', (t) => {
  const old = process.title;
  process.title = 'n10-title';
  t.is(process.title, 'n10-title');
  process.title = old;
});
