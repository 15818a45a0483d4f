// The process object, portably: these run under node (with the binding) and in Chromium
// (without it). OS specifics are in process.node.test.ts.
import test from 'ava';
import process from '@n10/process';
import events from '@n10/events';
import { siteOfThrow } from '../../../tools/test-throw-sites';

const tick = () => new Promise<void>((resolve) => process.nextTick(resolve));
const later = (ms = 5) => new Promise<void>((resolve) => setTimeout(resolve, ms));

test('process is an EventEmitter named process ([object process])', (t) => {
  t.true(process instanceof events.EventEmitter);
  t.is(process.constructor.name, 'process');
  t.is(Object.prototype.toString.call(process), '[object process]');
  t.is(process.EventEmitter, events.EventEmitter);
  t.is(typeof process.on, 'function');
  t.true(Object.prototype.hasOwnProperty.call(process, 'on'));
});

test.serial("Event: 'exit' is emitted once by process.exit([code]) with the code", (t) => {
  const reallyExit = process.reallyExit;
  const codes: number[] = [];
  let exitedWith: number | undefined;
  process.reallyExit = (code?: number) => {
    exitedWith = code;
  };
  const listener = (code: number) => codes.push(code);
  process.on('exit', listener);
  try {
    process.exit(3);
    process.exit(4);
  } finally {
    process.removeListener('exit', listener);
    process.reallyExit = reallyExit;
    process._exiting = false;
  }
  t.deepEqual(codes, [3]);
  t.is(exitedWith, 4);
  t.is(process.exit.length, 1);
});

test("Event: 'uncaughtException': _fatalException hands the error to listeners", (t) => {
  const seen: unknown[] = [];
  const listener = (e: unknown) => seen.push(e);
  const err = new Error('x');
  process.on('uncaughtException', listener);
  try {
    t.true(process._fatalException(err));
  } finally {
    process.removeListener('uncaughtException', listener);
  }
  t.deepEqual(seen, [err]);
});

test('process.version, process.versions are 0.10.19', (t) => {
  t.is(process.version, 'v0.10.19');
  t.deepEqual(Object.keys(process.versions).slice(0, 8), ['http_parser', 'node', 'v8', 'ares', 'uv', 'zlib', 'modules', 'openssl']);
  t.is(process.versions.node, '0.10.19');
  t.is(process.versions.v8, '3.14.5.9');
});

test('process.config: the configure options (target_defaults, variables)', (t) => {
  t.deepEqual(Object.keys(process.config), ['target_defaults', 'variables']);
  t.is(process.config.target_defaults.default_configuration, 'Release');
  t.is(process.config.variables.node_use_openssl, true);
});

test('process.arch and process.platform are strings', (t) => {
  t.is(typeof process.arch, 'string');
  t.is(typeof process.platform, 'string');
  t.not(process.platform, 'win32');
});

test('process.argv and process.execArgv are arrays; process.execPath a string; process.pid a number', (t) => {
  t.true(Array.isArray(process.argv));
  t.true(Array.isArray(process.execArgv));
  t.is(typeof process.execPath, 'string');
  t.is(typeof process.pid, 'number');
});

test('process.title can be read and set', (t) => {
  const old = process.title;
  t.is(typeof old, 'string');
  process.title = 'n10-test-title';
  t.is(process.title, 'n10-test-title');
  process.title = old;
});

test('process.env: assigned values are stored as strings; delete removes', (t) => {
  const env = process.env;
  env.N10_PORTABLE = 12 as unknown as string;
  t.is(env.N10_PORTABLE, '12');
  t.true('N10_PORTABLE' in env);
  delete env.N10_PORTABLE;
  t.is(env.N10_PORTABLE, undefined);
  t.false('N10_PORTABLE' in env);
});

test.serial('process.cwd() and process.chdir(directory)', (t) => {
  const start = process.cwd();
  t.is(typeof start, 'string');
  t.is(start.charAt(0), '/');
  process.chdir('/');
  t.is(process.cwd(), '/');
  process.chdir(start);
  t.is(process.cwd(), start);
  t.throws(() => process.chdir(1 as unknown as string), { message: 'Bad argument.' });
});

test.serial('process.umask([mask]): returns the old mask; octal strings; bad arguments', (t) => {
  const old = process.umask();
  t.is(typeof old, 'number');
  t.is(process.umask(0o27), old);
  t.is(process.umask(), 0o27);
  t.is(process.umask('022'), 0o27);
  t.is(process.umask(), 0o22);
  t.throws(() => process.umask('9'), { instanceOf: TypeError, message: 'invalid octal string' });
  t.throws(() => process.umask({} as unknown as number), { instanceOf: TypeError, message: 'argument must be an integer or octal string.' });
  process.umask(old);
});

test('process.hrtime(): [seconds, nanoseconds]; hrtime(previous) is the difference', async (t) => {
  const a = process.hrtime();
  t.is(a.length, 2);
  t.true(a[1] >= 0 && a[1] < 1e9);
  await later(2);
  const d = process.hrtime(a);
  t.true(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
  t.true(d[0] * 1e9 + d[1] >= 1e6);
  const two = process.hrtime([a[0] - 2, a[1]]);
  t.true(two[0] >= 2);
  t.throws(() => process.hrtime(1 as unknown as [number, number]), { instanceOf: TypeError, message: 'process.hrtime() only accepts an Array tuple.' });
});

test('process.memoryUsage() and process.uptime()', (t) => {
  t.deepEqual(Object.keys(process.memoryUsage()), ['rss', 'heapTotal', 'heapUsed']);
  t.is(typeof process.uptime(), 'number');
  t.true(process.uptime() >= 0);
});

test('process.getuid/getgid/getgroups; setuid/setgid/setgroups/initgroups check their arguments', (t) => {
  t.is(typeof process.getuid(), 'number');
  t.is(typeof process.getgid(), 'number');
  t.true(Array.isArray(process.getgroups()));
  t.throws(() => process.setuid({} as never), { instanceOf: TypeError, message: 'setuid argument must be a number or a string' });
  t.throws(() => process.setgid({} as never), { instanceOf: TypeError, message: 'setgid argument must be a number or a string' });
  t.throws(() => process.setgroups(1 as never), { instanceOf: TypeError, message: 'argument 1 must be an array' });
  t.throws(() => process.setgroups([{}] as never), { message: 'group name not found' });
  t.throws(() => process.initgroups({} as never, 0), { instanceOf: TypeError, message: 'argument 1 must be a number or a string' });
  t.throws(() => process.initgroups(0, {} as never), { instanceOf: TypeError, message: 'argument 2 must be a number or a string' });
});

test('process.abort() and process.kill(pid, [signal]) exist', (t) => {
  t.is(typeof process.abort, 'function');
  t.is(typeof process.kill, 'function');
  t.throws(() => process.kill(process.pid, 'NOTASIGNAL'), { message: 'Unknown signal: NOTASIGNAL' });
});

test('process.stdout, stderr, stdin: made once, on first use', (t) => {
  t.is(process.stdout, process.stdout);
  t.is(process.stdout.fd, 1);
  t.is(process.stderr.fd, 2);
  t.is(process.stdin.fd, 0);
  t.true(process.stdout._isStdio);
  t.is(typeof process.stdout.write, 'function');
  t.is(process.openStdin(), process.stdin);
});

test('process.stdout cannot be closed: destroy() emits an error', (t) => {
  let message = '';
  const onError = (e: Error) => {
    message = e.message;
  };
  process.stdout.on('error', onError as never);
  (process.stdout.destroy as () => void)();
  (process.stdout as unknown as { removeListener(e: string, f: unknown): void }).removeListener('error', onError);
  t.is(message, 'process.stdout cannot be closed.');
});

test('process.nextTick(callback): after the current code, FIFO, a tick made by a tick in the same drain', async (t) => {
  const order: string[] = [];
  process.nextTick(() => {
    order.push('a');
    process.nextTick(() => order.push('c'));
  });
  process.nextTick(() => order.push('b'));
  order.push('sync');
  await tick();
  t.deepEqual(order, ['sync', 'a', 'b', 'c']);
});

test.serial('process.maxTickDepth: recursion yields after maxTickDepth generations, with 0.10\'s warning', async (t) => {
  const c = globalThis.console as { error(...a: unknown[]): void };
  const error = c.error;
  const warnings: string[] = [];
  c.error = (m: unknown) => warnings.push(String(m));
  const depth = process.maxTickDepth;
  t.is(depth, 1000);
  process.maxTickDepth = 5;
  let n = 0;
  const step = () => {
    n++;
    if (n < 12) process.nextTick(step);
  };
  try {
    process.nextTick(step);
    process._tickCallback();
    t.is(n, 5);
    await later(20);
  } finally {
    process.maxTickDepth = depth;
    c.error = error;
  }
  t.is(n, 12);
  t.is(warnings.length, 2);
  t.is(
    warnings[0],
    '(node) warning: Recursive process.nextTick detected. This will break in the next version of node. Please use setImmediate for recursive deferral.',
  );
});

test.serial('process.throwDeprecation makes the recursion warning throw', (t) => {
  const depth = process.maxTickDepth;
  process.maxTickDepth = 1;
  process.throwDeprecation = true;
  try {
    process.nextTick(() => {
      process.nextTick(() => {});
    });
    t.throws(() => process._tickCallback(), { message: /Recursive process.nextTick/ });
  } finally {
    process.throwDeprecation = false;
    process.maxTickDepth = depth;
  }
});

test.serial('process.nextTick after exit has started does nothing (0.10 drops it)', async (t) => {
  let ran = false;
  process._exiting = true;
  process.nextTick(() => {
    ran = true;
  });
  process._exiting = false;
  await tick();
  t.false(ran);
});

test('process.umask(bad) / process.hrtime(non-array): the error has the caller as its first frame, as 0.10\'s C++ functions\' errors had', (t) => {
  const p = process as unknown as { umask: (m: unknown) => number; hrtime: (p: unknown) => unknown };
  const first = (f: () => unknown): string => String((t.throws(f) as Error).stack).split('\n')[1];
  t.notRegex(first(() => p.umask('xyz')), /umask/);
  t.notRegex(first(() => p.umask({})), /umask/);
  t.notRegex(first(() => p.hrtime(5)), /hrtime/);
});

test('process.kill(pid, [signal]) failures note 0.10\'s node.js throw site (723, 728) for the runtime', (t) => {
  const p = process as unknown as { kill: (pid: number, sig?: unknown) => boolean };
  t.deepEqual(siteOfThrow(t, () => p.kill(1, 'SIGFOO')), {
    file: 'node.js', line: 723, text: "          throw new Error('Unknown signal: ' + sig);", caret: ' '.repeat(16) + '^',
  });
});
