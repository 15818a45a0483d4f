// exec() and execFile(): the shell, collected output, and 0.10's error object.
import test from 'ava';
import cp from '@n10/child_process';
import type { ExecError } from '@n10/child_process';

type Result = { err: ExecError | null; stdout: string; stderr: string };

function exec(command: string, options?: object): Promise<Result> {
  return new Promise((resolve) => {
    cp.exec(command, (options || {}) as never, (err, stdout, stderr) => resolve({ err, stdout, stderr }));
  });
}

test('child_process.exec(command, [options], callback): runs /bin/sh -c, output as strings', async (t) => {
  const r = await exec('echo hi; echo err >&2');
  t.is(r.err, null);
  t.is(r.stdout, 'hi\n');
  t.is(r.stderr, 'err\n');
  const noOptions = await new Promise<string>((resolve) => cp.exec('echo $0', (_e, out) => resolve(out)));
  t.is(noOptions, '/bin/sh\n');
});

test("exec: a failing command gives Error('Command failed: ' + stderr) with killed, code, signal", async (t) => {
  const r = await exec('echo partial; echo why >&2; exit 3');
  const err = r.err as ExecError;
  t.is(err.message, 'Command failed: why\n');
  t.deepEqual(Object.keys(err), ['killed', 'code', 'signal']);
  t.is(err.killed, false);
  t.is(err.code, 3);
  t.is(err.signal, null);
  t.is(r.stdout, 'partial\n');
  const nf = (await exec('n10-no-such-command')).err as ExecError;
  t.is(nf.code, 127);
  t.regex(nf.message, /^Command failed: .*not found/);
  const signalled = (await exec('kill -9 $$')).err as ExecError;
  t.deepEqual([signalled.code, signalled.killed, signalled.signal], [null, false, 'SIGKILL']);
});

test('exec options.timeout and options.killSignal: the child is killed; killed true, the signal named', async (t) => {
  const r = await exec('sleep 5', { timeout: 100 });
  const err = r.err as ExecError;
  t.is(err.message, 'Command failed: ');
  t.deepEqual([err.code, err.killed, err.signal], [null, true, 'SIGTERM']);
  const k = (await exec('sleep 5', { timeout: 100, killSignal: 'SIGKILL' })).err as ExecError;
  t.deepEqual([k.code, k.killed, k.signal], [null, true, 'SIGKILL']);
  // An unknown killSignal: the kill error itself, at the timeout.
  const bad = (await exec('sleep 1', { timeout: 50, killSignal: 'SIGFOO' })).err as ExecError;
  t.is(bad.message, 'Unknown signal: SIGFOO');
});

test('exec options.maxBuffer: past it the streams stop, the child is killed, the callback gets what came', async (t) => {
  const r = await exec("trap '' TERM; printf 0123456789; sleep 1; printf abcdef", { maxBuffer: 5 });
  t.is((r.err as Error).message, 'stdout maxBuffer exceeded.');
  t.deepEqual(Object.keys(r.err as object), []);
  t.is(r.stdout, '0123456789');
  const e = await exec('printf 0123456789 >&2', { maxBuffer: 5 });
  t.is((e.err as Error).message, 'stderr maxBuffer exceeded.');
  // The default is 200 KiB.
  const big = await exec('head -c 300000 /dev/zero | tr "\\0" y');
  t.is((big.err as Error).message, 'stdout maxBuffer exceeded.');
  t.true(big.stdout.length > 200 * 1024 && big.stdout.length <= 300000);
  const fits = await exec('head -c 204800 /dev/zero | tr "\\0" y');
  t.is(fits.err, null);
  t.is(fits.stdout.length, 204800);
});

test("exec options.encoding: decoded by the streams ('hex', 'base64'; null and '' as utf8)", async (t) => {
  t.is((await exec('printf hi', { encoding: 'hex' })).stdout, '6869');
  t.is((await exec('printf hi', { encoding: 'base64' })).stdout, 'aGk=');
  t.is((await exec('printf hi', { encoding: null })).stdout, 'hi');
  // A character split across two reads comes out whole: null and '' are utf8 decoders too.
  const split = 'printf "\\342\\202"; sleep 0.2; printf "\\254"';
  t.is((await exec(split, { encoding: null })).stdout, '\u20ac');
  t.is((await exec(split, { encoding: '' })).stdout, '\u20ac');
  t.throws(() => cp.exec('true', { encoding: 'buffer' }, () => {}), { message: 'Unknown encoding: buffer' });
});

test('exec options.cwd and options.env', async (t) => {
  t.is((await exec('pwd', { cwd: '/tmp' })).stdout, '/tmp\n');
  t.is((await exec('echo "$N10_X|$HOME"', { env: { N10_X: 'x' } })).stdout, 'x|\n');
});

test('child_process.execFile(file, args, options, callback): no shell; args and options may be left out', async (t) => {
  const call = (...args: unknown[]) =>
    new Promise<Result & { n: number }>((resolve) =>
      (cp.execFile as (...a: unknown[]) => void)(...args, (...cb: unknown[]) =>
        resolve({ err: cb[0] as ExecError | null, stdout: cb[1] as string, stderr: cb[2] as string, n: cb.length }),
      ),
    );
  t.is((await call('/bin/echo', ['a', '$HOME'])).stdout, 'a $HOME\n');
  t.is((await call('/bin/echo', ['b'], {})).stdout, 'b\n');
  t.is((await call('/bin/echo', ['c'], null)).stdout, 'c\n');
  t.is((await call('/bin/echo')).stdout, '\n');
  t.is((await call('/bin/pwd', { cwd: '/' })).stdout, '/\n');
  t.is((await call('/bin/echo', ['d'])).n, 3);
});

test('execFile: a program that does not exist calls back with the spawn error itself', async (t) => {
  const r = await new Promise<Result>((resolve) =>
    cp.execFile('n10-no-such-program', [], (err: ExecError | null, stdout: string, stderr: string) => resolve({ err, stdout, stderr })),
  );
  const err = r.err as ExecError;
  t.is(err.message, 'spawn ENOENT');
  t.is(err.code, 'ENOENT');
  t.deepEqual(Object.keys(err), ['code', 'errno', 'syscall']);
  t.is(r.stdout, '');
  t.is(r.stderr, '');
});

test('exec returns the ChildProcess; killing it by hand sets killed in the error', async (t) => {
  const r = await new Promise<Result>((resolve) => {
    const c = cp.exec('cat', (err, stdout, stderr) => resolve({ err, stdout, stderr }));
    c.kill('SIGHUP');
  });
  const err = r.err as ExecError;
  t.deepEqual([err.code, err.killed, err.signal], [null, true, 'SIGHUP']);
});

test.serial('child_process.exec(command, [options], callback) calls the module\'s execFile, as 0.10\'s exports.execFile: a replaced execFile sees it', async (t) => {
  const original = cp.execFile;
  const seen: unknown[][] = [];
  cp.execFile = function (this: unknown, ...args: unknown[]) {
    seen.push(args.slice(0, 2));
    return (original as (...a: unknown[]) => ReturnType<typeof original>).apply(this, args);
  } as typeof original;
  try {
    const out = await new Promise<string>((resolve, reject) => {
      cp.exec('echo hi', (err, stdout) => (err ? reject(err) : resolve(String(stdout))));
    });
    t.is(out, 'hi\n');
    t.deepEqual(seen, [['/bin/sh', ['-c', 'echo hi']]]);
  } finally {
    cp.execFile = original;
  }
});

test.serial('exec options.timeout is timed by the global setTimeout of the moment, as 0.10\'s execFile called it (a program\'s or sinon\'s replacement sees it)', async (t) => {
  const g = globalThis as unknown as { setTimeout: (...a: unknown[]) => unknown };
  const real = g.setTimeout;
  const seen: unknown[] = [];
  g.setTimeout = function (this: unknown, ...args: unknown[]) {
    if (args[1] === 137) seen.push(args[1]);
    return real.apply(this, args);
  };
  try {
    const r = await exec('sleep 5', { timeout: 137 });
    t.deepEqual(seen, [137]);
    t.is(r.err && r.err.killed, true);
    t.is(r.err && r.err.signal, 'SIGTERM');
  } finally {
    g.setTimeout = real;
  }
});
