// readFile/writeFile/appendFile and their Sync twins, including concurrent appends.
import test from 'ava';
import buffer from '@n10/buffer';
import { callback, fs, hostFs, loose, scratch, shape } from './helpers/tmp';

const Buffer = buffer.Buffer;
const dir = scratch('files');
let n = 0;
const fresh = (content?: string | Uint8Array): string => {
  const p = `${dir}/f${n++}`;
  if (content !== undefined) hostFs.writeFileSync(p, content);
  return p;
};

test('fs.readFile(filename, [options], callback): Buffer by default, a string with an encoding', async (t) => {
  const p = fresh('h\u00e9llo');
  const [err, data] = await callback(fs.readFile, p);
  t.is(err, null);
  t.true(Buffer.isBuffer(data));
  t.is((data as InstanceType<typeof Buffer>).toString(), 'h\u00e9llo');
  t.deepEqual(await callback(fs.readFile, p, 'utf8'), [null, 'h\u00e9llo']);
  t.deepEqual(await callback(fs.readFile, p, { encoding: 'hex', flag: 'r' }), [null, '68c3a96c6c6f']);
  const [e2] = await callback(fs.readFile, `${p}-nope`);
  t.like(shape(e2), { code: 'ENOENT', message: `ENOENT, open '${p}-nope'` });
  const [e3] = await callback(fs.readFile, dir);
  t.deepEqual(shape(e3), { name: 'Error', message: 'EISDIR, read', keys: ['errno', 'code'], errno: 28, code: 'EISDIR' });
  t.throws(() => loose.readFile(p, 5, () => t.fail()), { instanceOf: TypeError, message: 'Bad arguments' });
  t.throws(() => fs.readFile(p, 'bogus', () => t.fail()), { message: 'Unknown encoding: bogus' });
});

test('fs.readFile reads files whose stat size is 0 (/proc) to the end', async (t) => {
  const [err, data] = (await callback(fs.readFile, '/proc/self/status', 'utf8')) as [null, string];
  t.is(err, null);
  t.regex(data, /^Name:/);
  const [, empty] = await callback(fs.readFile, fresh(''));
  t.is((empty as InstanceType<typeof Buffer>).length, 0);
});

test('fs.readFileSync(filename, [options])', (t) => {
  const bytes = new Uint8Array(100000).map((_, i) => i % 256);
  const p = fresh(bytes);
  const data = fs.readFileSync(p) as InstanceType<typeof Buffer>;
  t.true(Buffer.isBuffer(data));
  t.deepEqual(new Uint8Array(data), bytes);
  t.is(fs.readFileSync(fresh('abc'), { encoding: 'base64' }), 'YWJj');
  t.regex(fs.readFileSync('/proc/self/status', 'utf8') as string, /^Name:/);
  t.like(shape(t.throws(() => fs.readFileSync(dir))), { message: 'EISDIR, illegal operation on a directory', syscall: 'read' });
  t.throws(() => loose.readFileSync(p, true), { instanceOf: TypeError, message: 'Bad arguments' });
});

test('fs.writeFile(filename, data, [options], callback): strings, Buffers, encodings, flags, modes', async (t) => {
  const p = fresh();
  t.deepEqual(await callback(fs.writeFile, p, 'h\u00e9'), [null]);
  t.is(hostFs.readFileSync(p, 'utf8'), 'h\u00e9');
  await callback(fs.writeFile, p, '6869', 'hex');
  t.is(hostFs.readFileSync(p, 'utf8'), 'hi');
  await callback(fs.writeFile, p, new Buffer([0, 255]));
  t.deepEqual([...hostFs.readFileSync(p)], [0, 255]);
  await callback(fs.writeFile, p, 12);
  t.is(hostFs.readFileSync(p, 'utf8'), '12');
  await callback(fs.writeFile, p, '+', { flag: 'a' });
  t.is(hostFs.readFileSync(p, 'utf8'), '12+');
  const q = fresh();
  await callback(fs.writeFile, q, 'x', { mode: 0o600 });
  t.is(hostFs.statSync(q).mode & 0o777, 0o600);
  const [err] = await callback(fs.writeFile, q, 'x', { flag: 'wx' });
  t.like(shape(err), { code: 'EEXIST', message: `EEXIST, open '${q}'` });
  const [e2] = await callback(fs.writeFile, dir, 'x');
  t.like(shape(e2), { code: 'EISDIR' });
});

test('fs.writeFileSync(filename, data, [options])', (t) => {
  const p = fresh();
  fs.writeFileSync(p, 'abc');
  fs.writeFileSync(p, 'Zg==', 'base64');
  t.is(hostFs.readFileSync(p, 'utf8'), 'f');
  fs.writeFileSync(p, 'g', { flag: 'a', encoding: 'utf8' });
  t.is(hostFs.readFileSync(p, 'utf8'), 'fg');
  const big = new Buffer(3 * 1024 * 1024);
  big.fill(7);
  fs.writeFileSync(p, big);
  t.is(hostFs.statSync(p).size, big.length);
  t.throws(() => loose.writeFileSync(p, 'x', 1), { instanceOf: TypeError, message: 'Bad arguments' });
  t.like(shape(t.throws(() => fs.writeFileSync(`${dir}/no/such`, 'x'))), { code: 'ENOENT', syscall: 'open' });
});

test('fs.appendFile(filename, data, [options], callback) creates, then appends', async (t) => {
  const p = fresh();
  t.deepEqual(await callback(fs.appendFile, p, 'a'), [null]);
  await callback(fs.appendFile, p, new Buffer('b'));
  await callback(fs.appendFile, p, '63', 'hex');
  await callback(fs.appendFile, p, 'd', { encoding: 'utf8' });
  t.is(hostFs.readFileSync(p, 'utf8'), 'abcd');
  await callback(fs.appendFile, p, 'reset', { flag: 'w' });
  t.is(hostFs.readFileSync(p, 'utf8'), 'reset');
});

test('fs.appendFileSync(filename, data, [options])', (t) => {
  const p = fresh('1');
  fs.appendFileSync(p, '2');
  fs.appendFileSync(p, '33', 'hex');
  fs.appendFileSync(p, '4', { mode: 0o600 });
  t.is(hostFs.readFileSync(p, 'utf8'), '1234');
});

test('concurrent fs.appendFile calls lose no line', async (t) => {
  const p = fresh();
  const lines = 2000;
  const all: Promise<unknown[]>[] = [];
  for (let i = 0; i < lines; i++) all.push(callback(fs.appendFile, p, `line ${i} ${'x'.repeat(i % 97)}\n`));
  const results = await Promise.all(all);
  t.true(results.every((r) => r[0] === null));
  const got = hostFs.readFileSync(p, 'utf8').split('\n');
  t.is(got.pop(), '');
  t.is(got.length, lines);
  const seen = new Set(got);
  for (let i = 0; i < lines; i++) t.true(seen.has(`line ${i} ${'x'.repeat(i % 97)}`), `line ${i}`);
});

test('concurrent fs.appendFileSync and fs.appendFile interleave whole lines', async (t) => {
  const p = fresh();
  const pending: Promise<unknown[]>[] = [];
  for (let i = 0; i < 500; i++) {
    pending.push(callback(fs.appendFile, p, `async ${i}\n`));
    fs.appendFileSync(p, `sync ${i}\n`);
  }
  await Promise.all(pending);
  const got = hostFs.readFileSync(p, 'utf8').trimEnd().split('\n').sort();
  const want: string[] = [];
  for (let i = 0; i < 500; i++) want.push(`async ${i}`, `sync ${i}`);
  t.deepEqual(got, want.sort());
});
