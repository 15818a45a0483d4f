// 0.10's error shapes and its missing-callback rules, and proof that the Sync calls are
// real synchronous calls.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { callback, fs, hostFs, loose, scratch, shape } from './helpers/tmp';

const dir = scratch('errors');

test('async errors: "<CODE>, <syscall> \'<path>\'" with errno (0.10 numbers), code, path', async (t) => {
  const [err] = await callback(fs.open, `${dir}/nope`, 'r');
  t.true(err instanceof Error);
  t.deepEqual(shape(err), {
    name: 'Error',
    message: `ENOENT, open '${dir}/nope'`,
    keys: ['errno', 'code', 'path'],
    errno: 34,
    code: 'ENOENT',
    path: `${dir}/nope`,
  });
});

test('sync errors: "<CODE>, <description> \'<path>\'" with errno, code, path, syscall', (t) => {
  t.deepEqual(shape(t.throws(() => fs.openSync(`${dir}/nope`, 'r'))), {
    name: 'Error',
    message: `ENOENT, no such file or directory '${dir}/nope'`,
    keys: ['errno', 'code', 'path', 'syscall'],
    errno: 34,
    code: 'ENOENT',
    path: `${dir}/nope`,
    syscall: 'open',
  });
  t.deepEqual(shape(t.throws(() => fs.fstatSync(987))), {
    name: 'Error',
    message: 'EBADF, bad file descriptor',
    keys: ['errno', 'code', 'syscall'],
    errno: 9,
    code: 'EBADF',
    syscall: 'fstat',
  });
});

test('an empty path is a path: "ENOENT, stat \'\'" with path \'\' (fs.stat, fs.statSync, fs.readFile, fs.open…)', async (t) => {
  const [err] = await callback(fs.stat, '');
  t.deepEqual(shape(err), { name: 'Error', message: "ENOENT, stat ''", keys: ['errno', 'code', 'path'], errno: 34, code: 'ENOENT', path: '' });
  const [rf] = await callback(fs.readFile, '');
  t.is((rf as Error).message, "ENOENT, open ''");
  t.deepEqual(shape(t.throws(() => fs.statSync(''))), {
    name: 'Error',
    message: "ENOENT, no such file or directory ''",
    keys: ['errno', 'code', 'path', 'syscall'],
    errno: 34,
    code: 'ENOENT',
    path: '',
    syscall: 'stat',
  });
  t.is(t.throws(() => fs.readdirSync(''))?.message, "ENOENT, no such file or directory ''");
  t.is(t.throws(() => fs.renameSync('', ''))?.message, "ENOENT, no such file or directory ''");
});

test('EACCES as root: a read-only /proc/sys entry refuses writes', (t) => {
  t.like(shape(t.throws(() => fs.openSync('/proc/sys/kernel/version', 'w'))), {
    code: 'EACCES',
    errno: 3,
    message: "EACCES, permission denied '/proc/sys/kernel/version'",
  });
});

test('a NUL byte in a path: thrown by Sync calls, passed to async callbacks on the next tick', async (t) => {
  t.throws(() => fs.statSync('a\u0000b'), { message: 'Path must be a string without null bytes.' });
  let sync = true;
  const done = callback(fs.stat, 'a\u0000b').then((args) => {
    t.false(sync);
    return args;
  });
  sync = false;
  const [err] = await done;
  t.is((err as Error).message, 'Path must be a string without null bytes.');
});

test('bad argument types throw synchronously, as the 0.10 binding did', (t) => {
  t.throws(() => loose.stat(1, () => t.fail()), { instanceOf: TypeError, message: 'path must be a string' });
  t.throws(() => loose.rename(1, 'x', () => t.fail()), { instanceOf: TypeError, message: 'old path must be a string' });
  t.throws(() => loose.rename('x', 1, () => t.fail()), { instanceOf: TypeError, message: 'new path must be a string' });
  t.throws(() => loose.mkdir(1, () => t.fail()), { instanceOf: TypeError, message: 'Bad argument' });
  t.throws(() => loose.close('x', () => t.fail()), { instanceOf: TypeError, message: 'Bad argument' });
  t.throws(() => loose.fstat(-0, () => t.fail()), { instanceOf: TypeError, message: 'Bad argument' });
  t.throws(() => loose.open('/x', 'rw', () => t.fail()), { message: 'Unknown file open flag: rw' });
  t.throws(() => loose.utimes('/x', 'now', 1, () => t.fail()), { message: 'Cannot parse time: now' });
  t.is(fs._toUnixTimestamp(new Date(1500)), 1.5);
  t.is(fs._toUnixTimestamp(7), 7);
});

// A program that forgets the callback: run under the host node with the n10 source, so the
// stderr output and the exit status can be seen.
function runScript(body: string): { status: number | null; stdout: string; stderr: string } {
  const script = `
    const fs = require('@n10/fs').default ?? require('@n10/fs');
    ${body}
  `;
  const r = spawnSync(process.execPath, ['--import=tsx', '--conditions=n10-source', '-e', script], {
    cwd: path.resolve(__dirname, '..'),
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a missing callback: a failure is printed as "fs: missing callback <stack>", nothing thrown', (t) => {
  const r = runScript(`fs.stat('/definitely/not/here'); fs.close(99999); setTimeout(() => console.log('still running'), 50);`);
  t.is(r.status, 0);
  t.is(r.stdout, 'still running\n');
  t.regex(r.stderr, /fs: missing callback Error: ENOENT, stat '\/definitely\/not\/here'/);
  t.regex(r.stderr, /fs: missing callback Error: EBADF, close/);
});

test('a missing callback with process.throwDeprecation: the error is thrown (uncaught)', (t) => {
  const r = runScript(`require('@n10/process').default.throwDeprecation = true; fs.stat('/definitely/not/here');`);
  t.not(r.status, 0);
  t.regex(r.stderr, /ENOENT, stat '\/definitely\/not\/here'/);
  t.notRegex(r.stderr, /fs: missing callback/);
});

test('a missing callback with process.noDeprecation: silent', (t) => {
  const r = runScript(`require('@n10/process').default.noDeprecation = true; fs.stat('/definitely/not/here');`);
  t.is(r.status, 0);
  t.is(r.stderr, '');
});

test('Sync calls are synchronous uv_fs calls: results and errors arrive before any tick or I/O', (t) => {
  const order: string[] = [];
  process.nextTick(() => order.push('tick'));
  setImmediate(() => order.push('immediate'));
  const p = `${dir}/sync`;
  fs.writeFileSync(p, 'x'.repeat(100000));
  order.push(`read ${(fs.readFileSync(p, 'utf8') as string).length}`);
  order.push(`stat ${fs.statSync(p).size}`);
  try {
    fs.readdirSync(`${dir}/nope`);
  } catch (e) {
    order.push(`error ${(e as Error & { code: string }).code}`);
  }
  const fd = fs.openSync(p, 'r');
  fs.closeSync(fd);
  order.push('done');
  t.deepEqual(order, ['read 100000', 'stat 100000', 'error ENOENT', 'done']);
  t.true(hostFs.existsSync(p));
});

// 0.10's binding threw from native code: a Sync call's error (and an argument check's) had
// fs.js's calling function on top, and Error.stackTraceLimit frames of the program below it.
test('fs.statSync(path), fs.chownSync(path, uid, gid), fs.writeSync(fd, buffer, …): a thrown error\'s stack begins at the fs function, with a full Error.stackTraceLimit of frames', (t) => {
  const deep = (n: number, f: () => void): void => (n === 0 ? f() : deep(n - 1, f));
  const cases: [string, () => void][] = [
    ['statSync', () => fs.statSync(`${dir}/nope`)],
    ['chownSync', () => fs.chownSync(dir, 0, undefined as unknown as number)],
    ['writeSync', () => fs.writeSync(1, Buffer.alloc(1) as never, 5, 1)],
    ['readdirSync', () => fs.readdirSync(`${dir}/nope`)],
  ];
  for (const [name, call] of cases) {
    const err = t.throws(() => deep(12, call)) as Error;
    const frames = (err.stack || '').split('\n').filter((line) => /^\s+at /.test(line));
    t.is(frames.length, 10, name);
    t.regex(frames[0], new RegExp(`\\b${name}\\b`), name);
    t.false(frames.some((line) => /native\.ts|errors\.ts|[\\/]binding[\\/]/.test(line)), name);
  }
});

test('a NUL byte in a path: the error\'s stack begins at nullCheck, as in 0.10', (t) => {
  const err = t.throws(() => fs.openSync('/x\u0000', 'r')) as Error;
  const frames = (err.stack || '').split('\n').filter((line) => /^\s+at /.test(line));
  t.regex(frames[0], /\bnullCheck\b/);
  t.regex(frames[1], /\bopenSync\b/);
});

// The runtime shows an uncaught error's site from a registry (Symbol.for('n10.throwSites'));
// fs notes there where 0.10's fs.js threw what its own JavaScript threw.
test.serial('errors fs.js itself threw (open flags, times, stream ranges, watch, watchFile, encodings, NUL bytes) and bad arguments of async calls are noted at 0.10\'s fs.js line for the uncaught report', (t) => {
  const key = Symbol.for('n10.throwSites');
  const g = globalThis as unknown as Record<symbol, WeakMap<object, unknown> | undefined>;
  const had = g[key];
  const sites = had || new WeakMap<object, unknown>();
  if (!had) g[key] = sites;
  try {
    const site = (f: () => unknown) => sites.get(t.throws(f) as object) as { file: string; line: number; text: string; caret: string };
    t.deepEqual(site(() => fs.openSync(`${dir}/x`, 'bogus' as never)), {
      file: 'fs.js',
      line: 379,
      text: "  throw new Error('Unknown file open flag: ' + flag);",
      caret: '        ^',
    });
    t.is(site(() => fs.utimesSync(dir, 'x' as never, 1)).line, 870);
    t.is(site(() => fs.watchFile(dir, undefined as never)).caret, '          ^');
    t.is(site(() => fs.createReadStream(`${dir}/x`, { start: 5, end: 1 })).line, 1475);
    t.is(site(() => fs.createWriteStream(`${dir}/x`, { start: -1 })).line, 1635);
    t.is(site(() => fs.statSync('/x\u0000')).text, '      throw er;');
    t.is(site(() => fs.watch(`${dir}/nope`)).line, 1051);
    // A bad argument of an asynchronous call: the line of fs.<name> that called the binding,
    // the caret under the method's name.
    t.deepEqual(site(() => fs.chown(dir, 0, 'x' as never, () => {})), {
      file: 'fs.js',
      line: 853,
      text: '  binding.chown(pathModule._makeLong(path), uid, gid, callback);',
      caret: '          ^',
    });
    t.is(site(() => fs.exists(undefined as never, () => {})).line, 166);
    // A Sync call's is the runtime's to place (by its frame): nothing noted here.
    t.is(sites.get(t.throws(() => fs.chownSync(dir, 0, 'x' as never)) as object), undefined);
  } finally {
    if (!had) delete g[key];
  }
});
