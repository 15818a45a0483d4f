// fs.read/readSync and fs.write/writeSync in both of 0.10's forms, with 0.10's argument
// checks. Serial: descriptors are opened and closed throughout.
import test from 'ava';
import buffer from '@n10/buffer';
import { callback, fs, hostFs, loose, scratch, shape } from './helpers/tmp';

const Buffer = buffer.Buffer;
const dir = scratch('rw');
let n = 0;
function open(content: string, flags = 'r+'): { path: string; fd: number } {
  const path = `${dir}/f${n++}`;
  hostFs.writeFileSync(path, content);
  return { path, fd: fs.openSync(path, flags) };
}

test.serial('fs.write(fd, buffer, offset, length, position, callback) → (err, written, buffer)', async (t) => {
  const { path, fd } = open('..........');
  const b = new Buffer('__abc__');
  const [err, written, same] = await callback(fs.write, fd, b, 2, 3, 4);
  t.is(err, null);
  t.is(written, 3);
  t.is(same, b);
  t.is(hostFs.readFileSync(path, 'utf8'), '....abc...');
  // null position: the descriptor's position (0 on a fresh descriptor)
  t.deepEqual((await callback(fs.write, fd, new Buffer('Z'), 0, 1, null)).slice(0, 2), [null, 1]);
  t.is(hostFs.readFileSync(path, 'utf8'), 'Z...abc...');
  // length 0: never reaches the binding, calls back (undefined, 0) on the next tick
  t.deepEqual(await callback(fs.write, fd, new Buffer(0), 0, 0, 0), [undefined, 0]);
  fs.closeSync(fd);
  const [e2, w2] = await callback(fs.write, fd, new Buffer('x'), 0, 1, 0);
  t.deepEqual(shape(e2), { name: 'Error', message: 'EBADF, write', keys: ['errno', 'code'], errno: 9, code: 'EBADF' });
  t.is(w2, 0);
});

test.serial('fs.write(fd, data, position, encoding, callback): the legacy string form', async (t) => {
  const { path, fd } = open('');
  const [err, written, buf] = await callback(fs.write, fd, 'h\u00e9', 0, 'utf8');
  t.is(err, null);
  t.is(written, 3);
  t.true(Buffer.isBuffer(buf));
  t.deepEqual((await callback(fs.write, fd, '2a2a', 3, 'hex')).slice(0, 2), [null, 2]);
  t.deepEqual((await callback(fs.write, fd, 42, 5, null)).slice(0, 2), [null, 2]);
  t.is(hostFs.readFileSync(path, 'latin1'), 'h\u00c3\u00a9**42');
  t.throws(() => fs.write(fd, 'x', 0, 'latin1', () => t.fail()), { message: 'Unknown encoding: latin1' });
  fs.closeSync(fd);
});

test.serial('fs.writeSync(fd, buffer, offset, length, position) and its bounds checks', (t) => {
  const { path, fd } = open('');
  t.is(fs.writeSync(fd, new Buffer('hello'), 1, 3, 0), 3);
  t.is(fs.writeSync(fd, 'XY', 1), 2);
  t.is(fs.writeSync(fd, '', 0), 0);
  t.is(hostFs.readFileSync(path, 'utf8'), 'eXY');
  const b = new Buffer(4);
  t.throws(() => fs.writeSync(fd, b, 4, 1, 0), { message: 'Offset is out of bounds' });
  t.throws(() => fs.writeSync(fd, b, -1, 1, 0), { message: 'Offset is out of bounds' });
  t.throws(() => fs.writeSync(fd, b, 3, 2, 0), { message: 'off + len > buffer.length' });
  t.throws(() => fs.writeSync(fd, b, 0, -1, 0), { message: 'off + len > buffer.length' });
  t.throws(() => loose.writeSync(fd, b, 0, 2, 'x'), { instanceOf: TypeError, message: 'Not an integer' });
  t.throws(() => fs.writeSync(fd, b, 0, 2, 1.5), { instanceOf: TypeError, message: 'Not an integer' });
  t.throws(() => loose.writeSync('1', b, 0, 2, 0), { instanceOf: TypeError, message: 'Bad argument' });
  t.is(fs.writeSync(fd, b, 4, 0, 0), 0, 'length 0 returns before any check');
  fs.closeSync(fd);
  t.like(shape(t.throws(() => fs.writeSync(fd, 'x'))), { message: 'EBADF, bad file descriptor', syscall: 'write' });
});

test.serial('fs.read(fd, buffer, offset, length, position, callback) → (err, bytesRead, buffer)', async (t) => {
  const { fd } = open('0123456789', 'r');
  const b = new Buffer(6);
  b.fill(46);
  const [err, bytes, same] = await callback(fs.read, fd, b, 1, 4, 3);
  t.is(err, null);
  t.is(bytes, 4);
  t.is(same, b);
  t.is(b.toString(), '.3456.');
  t.deepEqual((await callback(fs.read, fd, b, 0, 6, 100)).slice(0, 2), [null, 0], 'past the end: 0 bytes');
  // null position reads on from the descriptor's position
  const c = new Buffer(3);
  await callback(fs.read, fd, c, 0, 3, null);
  t.is(c.toString(), '012');
  await callback(fs.read, fd, c, 0, 3, null);
  t.is(c.toString(), '345');
  t.throws(() => fs.read(fd, new Buffer(0), 0, 0, 0, () => t.fail()), { message: 'Offset is out of bounds' });
  t.throws(() => fs.read(fd, b, 2, 5, 0, () => t.fail()), { message: 'Length extends beyond buffer' });
  fs.closeSync(fd);
  const [e2, n2] = await callback(fs.read, fd, b, 0, 1, 0);
  t.like(shape(e2), { message: 'EBADF, read', code: 'EBADF' });
  t.is(n2, 0);
});

test.serial('fs.read(fd, length, position, encoding, callback): the legacy string form', async (t) => {
  const { fd } = open('h\u00e9llo', 'r');
  t.deepEqual(await callback(fs.read, fd, 3, 0, 'utf8'), [null, 'h\u00e9', 3]);
  t.deepEqual(await callback(fs.read, fd, 2, 0, 'hex'), [null, '68c3', 2]);
  t.deepEqual(await callback(fs.read, fd, 5, 100, 'utf8'), [null, '', 0]);
  t.throws(() => fs.read(fd, 2, 0, 'bogus', () => t.fail()), { message: 'Unknown encoding: bogus' });
  fs.closeSync(fd);
});

test.serial('fs.readSync(fd, buffer, offset, length, position), and its legacy [string, bytesRead] form', (t) => {
  const { fd } = open('abcdef', 'r');
  const b = new Buffer(4);
  t.is(fs.readSync(fd, b, 0, 4, 2), 4);
  t.is(b.toString(), 'cdef');
  t.is(fs.readSync(fd, b, 0, 4, 10), 0);
  t.deepEqual(fs.readSync(fd, 3, 0, 'utf8'), ['abc', 3]);
  t.deepEqual(fs.readSync(fd, 2, 4, 'base64'), ['ZWY=', 2]);
  t.deepEqual(fs.readSync(fd, 2, 100, 'utf8'), ['', 0]);
  // positions that are not numbers mean "the current position", as 0.10's GET_OFFSET
  t.is(loose.readSync(fd, b, 0, 2, 'x'), 2);
  t.throws(() => fs.readSync(fd, b, 4, 0, 0), { message: 'Offset is out of bounds' });
  t.throws(() => fs.readSync(fd, b, 0, -1, 0), { message: 'Length extends beyond buffer' });
  t.throws(() => loose.readSync(null, b, 0, 1, 0), { instanceOf: TypeError, message: 'Bad argument' });
  fs.closeSync(fd);
  t.like(shape(t.throws(() => fs.readSync(fd, b, 0, 1, 0))), { code: 'EBADF', syscall: 'read' });
});

test.serial('a missing callback on fs.read / fs.write is not an error', async (t) => {
  const { path, fd } = open('abc');
  t.is(fs.read(fd, new Buffer(2), 0, 2, 0), undefined);
  t.is(fs.write(fd, new Buffer('Z'), 0, 1, 0), undefined);
  await new Promise((r) => setTimeout(r, 50));
  t.is(hostFs.readFileSync(path, 'utf8'), 'Zbc');
  fs.closeSync(fd);
});

test.serial("fs.read, fs.write, fs.exists: the binding calls 0.10's own functions as the request's oncomplete (a stack reads Object.wrapper [as oncomplete], Object.cb [as oncomplete])", async (t) => {
  const { fd } = open('0123456789');
  const frameUnder = (stack: string): string => stack.split('\n')[2].trim();
  const read = await new Promise<string>((resolve) => fs.read(fd, new Buffer(3), 0, 3, 0, () => resolve(String(new Error().stack))));
  t.regex(frameUnder(read), /^at Object\.wrapper\b/);
  const written = await new Promise<string>((resolve) => fs.write(fd, new Buffer('ab'), 0, 2, 0, () => resolve(String(new Error().stack))));
  t.regex(frameUnder(written), /^at Object\.wrapper\b/);
  const exists = await new Promise<string>((resolve) => fs.exists(dir, () => resolve(String(new Error().stack))));
  t.regex(frameUnder(exists), /^at Object\.cb\b/);
  // Errors still come as 0.10's, and the callbacks' arguments are unchanged.
  fs.closeSync(fd);
  const [err, bytes] = await callback(fs.read, fd, new Buffer(1), 0, 1, 0);
  t.is((err as { code: string }).code, 'EBADF');
  t.is(bytes, 0);
});
