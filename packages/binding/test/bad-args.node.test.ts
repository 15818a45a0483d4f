import test from 'ava';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TSX_IMPORT, binding, tempDir } from './helpers';

test('every function and method with wrong arguments or a wrong `this` throws (TypeError/RangeError) or returns an error code: never a crash', async (t) => {
  const cwd = tempDir(t);
  const child = spawn(process.execPath, [TSX_IMPORT, '--conditions=n10-source', join(__dirname, 'fixtures', 'bad-args.ts')], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('close', (c, s) => r([c, s])));
  t.is(signal, null, stderr);
  t.is(code, 0, stderr);
  const report = JSON.parse(stdout.trim().split('\n').pop() as string) as { outcomes: Record<string, number>; unexpected: string[]; functions: number };
  t.deepEqual(report.unexpected, []);
  t.true(report.functions > 60, 'the module functions were all exercised');
  t.true(report.outcomes.TypeError > 1000);
  t.log(report.outcomes);
});

test('a few bad calls, spelled out: TypeError with a message naming the argument', (t) => {
  t.throws(() => binding.open(42 as never, 0, 0), { instanceOf: TypeError, message: 'path must be a string' });
  t.throws(() => binding.stat(undefined as never), { instanceOf: TypeError });
  t.throws(() => binding.read(0, 'not a buffer' as never, 0, 1, null), { instanceOf: TypeError, message: /buffer must be a Uint8Array/ });
  t.throws(() => binding.read(0, new Uint8Array(4), 2, 3, null), { instanceOf: RangeError });
  t.throws(() => binding.open('/x', 0, 0, 42 as never), { instanceOf: TypeError, message: 'req must be an object' });
  t.throws(() => new binding.Timer().start('soon' as never, 0), { instanceOf: TypeError });
  t.throws(() => (binding.TCP as unknown as () => void)(), { instanceOf: TypeError });
  t.throws(() => binding.TCP.prototype.readStart.call({}), { instanceOf: TypeError, message: /Illegal invocation|not a binding handle/ });
  t.throws(() => binding.TCP.prototype.readStart.call(new binding.Timer()), { instanceOf: TypeError, message: /Illegal invocation/ });
  t.throws(() => new binding.Pipe(true).writeUtf8String({ oncomplete() {} }, 'x', new binding.Timer() as never), { instanceOf: TypeError, message: /wrong handle type/ });
  t.throws(() => binding.stat('a\0b'), { instanceOf: TypeError, message: /null bytes/ });
  t.throws(() => new binding.Timer().close(42 as never), { instanceOf: TypeError });
});

test('the crypto work left out of the random calls (its cost is its argument) refuses bad arguments too', (t) => {
  const bytes = new Uint8Array(2);
  const b = binding as unknown as Record<string, (...a: unknown[]) => unknown>;
  t.throws(() => b.pbkdf2('pw', bytes, 1, 8, 'sha1'), { instanceOf: TypeError, message: /password must be/ });
  t.throws(() => b.pbkdf2(bytes, bytes, -1, 8, 'sha1'), { instanceOf: RangeError, message: /iterations/ });
  t.throws(() => b.pbkdf2(bytes, bytes, 1, 8, 'nope'), { message: /Digest method not supported/ });
  t.throws(() => b.pbkdf2(bytes, bytes, 1, 8, 'sha1', 5), { instanceOf: TypeError, message: /req must be an object/ });
  t.throws(() => b.generatePrime('x', false), { instanceOf: TypeError, message: /bits must be a number/ });
  t.throws(() => b.generatePrime(16, false, 'x'), { instanceOf: TypeError, message: /add must be/ });
  t.throws(() => b.checkPrime(5), { instanceOf: TypeError, message: /candidate must be/ });
  t.throws(() => b.modPow(1, 2, 3), { instanceOf: TypeError, message: /base must be/ });
  t.throws(() => b.modPow(new Uint8Array([2]), new Uint8Array([2]), new Uint8Array(0)), { instanceOf: RangeError, message: /modulus must not be 0/ });
});

test('open(fd) of a descriptor libuv cannot poll (a file, /dev/null) is UV_EINVAL, not an abort at readStart', (t) => {
  const fd = binding.open('/dev/null', binding.constants.fs.O_RDONLY, 0);
  const file = binding.open(__filename, binding.constants.fs.O_RDONLY, 0);
  for (const h of [new binding.Pipe(false), new binding.TCP()]) {
    t.is(h.open(fd), binding.uv.UV_EINVAL);
    t.is(h.open(file), binding.uv.UV_EINVAL);
    t.is(h.open(-1), binding.uv.UV_EINVAL);
    t.is(h.readStart(), binding.uv.UV_ENOTCONN);
    h.close();
  }
  binding.close(fd);
  binding.close(file);
});
