// fs.createReadStream/ReadStream and fs.createWriteStream/WriteStream. Serial: some tests check
// that a descriptor was closed, which a concurrent test's open could otherwise reuse.
import test from 'ava';
import buffer from '@n10/buffer';
import stream from '@n10/stream';
import { fs, hostFs, scratch, shape } from './helpers/tmp';

const Buffer = buffer.Buffer;
type Chunk = InstanceType<typeof Buffer> | string;
const dir = scratch('streams');
let n = 0;
const fresh = (content?: string): string => {
  const p = `${dir}/f${n++}`;
  if (content !== undefined) hostFs.writeFileSync(p, content);
  return p;
};
const alphabet = (len: number): string => Array.from({ length: len }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');

function drain(s: ReturnType<typeof fs.createReadStream>): Promise<{ chunks: Chunk[]; events: string[] }> {
  return new Promise((resolve) => {
    const chunks: Chunk[] = [];
    const events: string[] = [];
    s.on('open', (fd: unknown) => events.push(`open:${typeof fd}`));
    s.on('data', (c: Chunk) => chunks.push(c));
    s.on('end', () => events.push('end'));
    s.on('error', (e: Error & { code?: string }) => {
      events.push(`error:${e.code}`);
      resolve({ chunks, events });
    });
    s.on('close', () => {
      events.push('close');
      resolve({ chunks, events });
    });
  });
}
const text = (chunks: Chunk[]): string => chunks.map((c) => c.toString()).join('');

test.serial('fs.createReadStream(path, [options]) reads the whole file; open, end, close in order', async (t) => {
  const p = fresh(alphabet(1000));
  const { chunks, events } = await drain(fs.createReadStream(p));
  t.is(text(chunks), alphabet(1000));
  t.deepEqual(events, ['open:number', 'end', 'close']);
});

test.serial('fs.createReadStream ranges: start and end are inclusive', async (t) => {
  const p = fresh(alphabet(100));
  t.is(text((await drain(fs.createReadStream(p, { start: 3, end: 7 }))).chunks), 'defgh');
  t.is(text((await drain(fs.createReadStream(p, { start: 95 }))).chunks), alphabet(100).slice(95));
  t.is(text((await drain(fs.createReadStream(p, { start: 5, end: 5 }))).chunks), 'f');
  t.is(text((await drain(fs.createReadStream(p, { start: 98, end: 500 }))).chunks), 'uv');
  t.is(text((await drain(fs.createReadStream(p, { start: 500 }))).chunks), '');
  t.is(text((await drain(fs.createReadStream(p, { end: 3 }))).chunks).length, 100, 'end alone is ignored, as in 0.10');
  t.throws(() => fs.createReadStream(p, { start: 5, end: 2 }), { message: 'start must be <= end' });
  t.throws(() => fs.createReadStream(p, { start: '1' as unknown as number }), { instanceOf: TypeError, message: 'start must be a Number' });
  t.throws(() => fs.createReadStream(p, { start: 1, end: '2' as unknown as number }), { instanceOf: TypeError, message: 'end must be a Number' });
});

test.serial('fs.createReadStream options: encoding, highWaterMark (bufferSize is ignored), fd, autoClose', async (t) => {
  const p = fresh(alphabet(1000));
  const enc = await drain(fs.createReadStream(p, { encoding: 'utf8', start: 0, end: 4 }));
  t.deepEqual(enc.chunks, ['abcde']);
  const small = await drain(fs.createReadStream(p, { highWaterMark: 100 }));
  t.is(small.chunks.length, 10);
  t.true(small.chunks.every((c) => c.length === 100));
  t.is((await drain(fs.createReadStream(p, { bufferSize: 10 }))).chunks.length, 1);

  const fd = fs.openSync(p, 'r');
  const kept = fs.createReadStream(null, { fd, start: 10, end: 12, autoClose: false });
  t.is(kept.fd, fd);
  const chunks: Chunk[] = [];
  kept.on('data', (c: Chunk) => chunks.push(c));
  await new Promise((r) => kept.on('end', r));
  await new Promise((r) => setTimeout(r, 20));
  t.is(text(chunks), 'klm');
  t.is(fs.fstatSync(fd).size, 1000, 'autoClose false leaves the descriptor open');
  const closing = await drain(fs.createReadStream('ignored', { fd, start: 0, end: 1 }));
  t.is(text(closing.chunks), 'ab');
  t.like(shape(t.throws(() => fs.fstatSync(fd))), { code: 'EBADF' });
});

test.serial('Class: fs.ReadStream: a Readable, callable without new, with 0.10 fields', (t) => {
  const p = fresh('x');
  const r = fs.ReadStream(p, { start: 0 });
  t.true(r instanceof fs.ReadStream);
  t.true(r instanceof stream.Readable);
  t.is(fs.FileReadStream, fs.ReadStream);
  t.deepEqual(Object.keys(r), ['_readableState', 'readable', 'domain', '_events', '_maxListeners', 'path', 'fd', 'flags', 'mode', 'start', 'end', 'autoClose', 'pos']);
  t.is(r._readableState.highWaterMark, 64 * 1024);
  t.is(r.end, Infinity);
  r.destroy();
  // 0.10-style subclass
  const Sub = function (this: InstanceType<typeof fs.ReadStream>, path: string) {
    fs.ReadStream.call(this, path);
  } as unknown as { new (path: string): InstanceType<typeof fs.ReadStream>; prototype: object };
  Sub.prototype = Object.create(fs.ReadStream.prototype);
  const s = new Sub(p);
  t.is(s.path, p);
  s.destroy();
});

test.serial("ReadStream Event: 'open' gives the descriptor; errors close nothing and emit 'error'", async (t) => {
  const p = fresh('abc');
  const r = fs.createReadStream(p);
  const fd = await new Promise<number>((resolve) => r.on('open', resolve));
  t.is(typeof fd, 'number');
  t.is(r.fd, fd);
  await drain(r);
  const missing = await drain(fs.createReadStream(`${p}-nope`));
  t.deepEqual(missing.events, ['error:ENOENT']);
  const isDir = fs.createReadStream(dir);
  const err = await new Promise((resolve) => isDir.on('error', resolve));
  t.deepEqual(shape(err), { name: 'Error', message: 'EISDIR, read', keys: ['errno', 'code'], errno: 28, code: 'EISDIR' });
  t.true(isDir.destroyed);
});

test.serial('ReadStream destroy() and close(cb)', async (t) => {
  const p = fresh(alphabet(5000));
  const r = fs.createReadStream(p, { highWaterMark: 100 });
  let chunks = 0;
  r.on('data', () => {
    if (++chunks === 2) r.destroy();
  });
  await new Promise((resolve) => r.on('close', resolve));
  t.true(r.destroyed);
  t.is(r.fd, null);
  t.true(chunks < 50);
  const early = fs.createReadStream(p);
  await new Promise<void>((resolve) => early.close(() => resolve()));
  t.is(early.fd, null);
});

test.serial('fs.createWriteStream(path, [options]): flags w by default, writes queued before open', async (t) => {
  const p = fresh('old content');
  const w = fs.createWriteStream(p);
  const events: string[] = [];
  w.on('open', (fd: unknown) => events.push(`open:${typeof fd}`));
  w.on('finish', () => events.push(`finish:${w.bytesWritten}`));
  t.true(w.write('hello '));
  t.true(w.write(new Buffer('world')));
  w.end('!');
  await new Promise((r) => w.on('close', r));
  t.deepEqual(events, ['open:number', 'finish:12']);
  t.is(hostFs.readFileSync(p, 'utf8'), 'hello world!');
});

test.serial('fs.createWriteStream options: flags a, r+ with start, mode, fd, encodings', async (t) => {
  const p = fresh('0123456789');
  const finish = (w: ReturnType<typeof fs.createWriteStream>): Promise<unknown> => new Promise((r) => w.on('close', r));
  const a = fs.createWriteStream(p, { flags: 'a' });
  a.end('+');
  await finish(a);
  t.is(hostFs.readFileSync(p, 'utf8'), '0123456789+');
  const r = fs.createWriteStream(p, { flags: 'r+', start: 2 });
  r.write('AB');
  r.end('C');
  await finish(r);
  t.is(hostFs.readFileSync(p, 'utf8'), '01ABC56789+');
  const m = fresh();
  const wm = fs.createWriteStream(m, { mode: 0o600 });
  wm.end('x');
  await finish(wm);
  t.is(hostFs.statSync(m).mode & 0o777, 0o600);
  const fd = fs.openSync(m, 'w');
  const wf = fs.createWriteStream(null, { fd });
  wf.write('6869', 'hex');
  wf.end('\u00e9', 'binary');
  await finish(wf);
  t.deepEqual([...hostFs.readFileSync(m)], [0x68, 0x69, 0xe9]);
  t.throws(() => fs.createWriteStream(m, { start: -1 }), { message: 'start must be >= zero' });
});

test.serial('Class: fs.WriteStream: a Writable, callable without new, with 0.10 fields', (t) => {
  const p = fresh();
  const w = fs.WriteStream(p);
  t.true(w instanceof fs.WriteStream);
  t.true(w instanceof stream.Writable);
  t.is(fs.FileWriteStream, fs.WriteStream);
  t.deepEqual(Object.keys(w), ['_writableState', 'writable', 'domain', '_events', '_maxListeners', 'path', 'fd', 'flags', 'mode', 'start', 'pos', 'bytesWritten']);
  t.is(fs.WriteStream.prototype.destroySoon, fs.WriteStream.prototype.end);
  w.end();
});

test.serial("WriteStream Event: 'open' and file.bytesWritten (what the OS accepted, not what is queued)", async (t) => {
  const p = fresh();
  const w = fs.createWriteStream(p);
  const big = new Buffer(100000);
  big.fill(1);
  t.false(w.write(big), 'past the highWaterMark');
  t.is(w.bytesWritten, 0, 'nothing written before open');
  const fd = await new Promise<number>((r) => w.on('open', r));
  t.is(w.fd, fd);
  await new Promise((r) => w.once('drain', r));
  t.is(w.bytesWritten, 100000);
  w.end('xyz');
  await new Promise((r) => w.on('finish', r));
  t.is(w.bytesWritten, 100003);
});

test.serial('WriteStream errors: open failure, write after end, non-Buffer chunk', async (t) => {
  const bad = fs.createWriteStream(`${dir}/no/such/file`);
  const err = await new Promise((r) => bad.on('error', r));
  t.like(shape(err), { code: 'ENOENT', message: `ENOENT, open '${dir}/no/such/file'` });
  t.true(bad.destroyed);
  const raw = fs.createWriteStream(fresh(), { decodeStrings: false });
  const e2 = await new Promise<Error>((r) => {
    raw.on('error', r);
    raw.write('not a buffer');
  });
  t.is(e2.message, 'Invalid data');
  raw.destroy();
});

test.serial('WriteStream destroySoon() ends the stream', async (t) => {
  const p = fresh();
  const w = fs.createWriteStream(p);
  w.write('soon');
  w.destroySoon();
  await new Promise((r) => w.on('close', r));
  t.is(hostFs.readFileSync(p, 'utf8'), 'soon');
});

test.serial('ReadStream piped to WriteStream copies a file', async (t) => {
  const src = fresh(alphabet(300000));
  const dst = fresh();
  const w = fs.createWriteStream(dst);
  fs.createReadStream(src).pipe(w);
  await new Promise((r) => w.on('close', r));
  t.is(hostFs.readFileSync(dst, 'utf8'), alphabet(300000));
});
