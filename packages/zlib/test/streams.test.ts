// The classes as streams: round trips, Unzip's detection, chunkSize, concatenated members and
// trailing data, slow consumers, pipes.
import test from 'ava';
import stream from '@n10/stream';
import zlib from '../src/index';
import { Buffer, collect, hex, randomBytes, run, text, tick } from './helpers/util';
import type { Bytes } from './helpers/util';

const pairs = [
  ['Deflate', 'Inflate'],
  ['Gzip', 'Gunzip'],
  ['DeflateRaw', 'InflateRaw'],
  ['Deflate', 'Unzip'],
  ['Gzip', 'Unzip'],
] as const;

const payload = Buffer.concat([text(70000, 3), randomBytes(20000, 4), text(30000, 5)]);

for (const [c, d] of pairs) {
  test(`Class: zlib.${c} → Class: zlib.${d} round trip, written in pieces`, async (t) => {
    const packed = await run(new zlib[c](), payload, 3001);
    t.is(packed.error, null);
    t.true(packed.data.length < payload.length);
    const back = await run(new zlib[d](), packed.data, 777);
    t.is(back.error, null);
    t.is(hex(back.data), hex(payload));
  });
}

test('Class: zlib.Gzip writes a gzip header (no name, no time, OS 3) and trailer', async (t) => {
  const r = await run(zlib.createGzip(), 'hello');
  t.is(hex(r.data), '1f8b0800000000000003cb48cdc9c9070086a6103605000000');
  const best = await run(zlib.createGzip({ level: 9 }), 'hello');
  t.is(hex(best.data.slice(0, 10)), '1f8b0800000000000203');
  const fast = await run(zlib.createGzip({ level: 1 }), 'hello');
  t.is(hex(fast.data.slice(0, 10)), '1f8b0800000000000403');
});

test('Class: zlib.Unzip detects a gzip or a zlib header; anything else is an error', async (t) => {
  const gz = await run(zlib.createUnzip(), new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex'));
  t.is(gz.data.toString(), 'hello');
  const zl = await run(zlib.createUnzip(), new Buffer('789ccb48cdc9c90700062c0215', 'hex'));
  t.is(zl.data.toString(), 'hello');
  const raw = await run(zlib.createUnzip(), new Buffer('cb48cdc9c90700', 'hex'));
  t.is(raw.error && raw.error.message, 'incorrect header check');
});

test('Class: zlib.Gunzip stops after the first member of concatenated gzip data, and ignores trailing garbage', async (t) => {
  const a = new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex');
  const b = new Buffer('1f8b08000000000000032bcf2fca490100c2a99ee805000000', 'hex');
  t.is((await run(zlib.createGunzip(), Buffer.concat([a, b]))).data.toString(), 'hello');
  t.is((await run(zlib.createGunzip(), Buffer.concat([a, b]), 1)).data.toString(), 'hello');
  t.is((await run(zlib.createGunzip(), Buffer.concat([a, new Buffer('garbage')]))).data.toString(), 'hello');
  const truncated = await run(zlib.createGunzip(), a.slice(0, 12));
  t.is(truncated.error, null);
  t.is(truncated.data.toString(), 'h');
});

test('Options: chunkSize sets the size of the output slabs (each data event at most chunkSize bytes)', async (t) => {
  for (const chunkSize of [64, 1000, 16384]) {
    const r = await run(zlib.createDeflate({ chunkSize, level: 0 }), payload);
    t.true(r.chunks.every((c) => c.length <= chunkSize));
    t.true(r.chunks.filter((c) => c.length === chunkSize).length >= Math.floor(payload.length / chunkSize) - 1);
    const back = await run(zlib.createInflate({ chunkSize }), r.data);
    t.true(back.chunks.every((c) => c.length <= chunkSize));
    t.is(back.data.length, payload.length);
  }
});

test('a slow consumer (paused, reading a little at a time) loses no data', async (t) => {
  const g = zlib.createGunzip({ highWaterMark: 1024 });
  const packed = await run(zlib.createGzip(), payload);
  const got: Bytes[] = [];
  let ended = false;
  g.on('end', () => {
    ended = true;
  });
  for (let i = 0; i < packed.data.length; i += 4000) g.write(packed.data.slice(i, i + 4000));
  g.end();
  while (!ended) {
    const c = g.read(100) as Bytes | null;
    if (c) got.push(c);
    else await tick(1);
  }
  t.is(hex(Buffer.concat(got)), hex(payload));
});

test('write() answers false over the highWaterMark, and drain follows', async (t) => {
  const z = zlib.createDeflate();
  const done = collect(z);
  let falses = 0;
  let drains = 0;
  z.on('drain', () => drains++);
  for (let i = 0; i < 10; i++) if (!z.write(text(5000, i))) falses++;
  await new Promise<void>((resolve) => z.once('drain', () => resolve()));
  z.end();
  const r = await done;
  t.true(falses > 0);
  t.true(drains > 0);
  t.is(r.error, null);
});

test('pipe: Readable → Gzip → Gunzip → Writable', async (t) => {
  const src = new stream.Readable();
  const parts: Bytes[] = [];
  for (let i = 0; i < 30; i++) parts.push(text(2000, i + 10));
  src._read = function () {
    this.push(parts.length ? (parts.shift() as Bytes) : null);
  };
  const expected = hex(Buffer.concat(parts));
  const out: Bytes[] = [];
  const sink = new stream.Writable();
  sink._write = function (chunk: unknown, _enc: string, cb: () => void) {
    out.push(chunk as Bytes);
    cb();
  };
  await new Promise<void>((resolve) => {
    sink.on('finish', () => resolve());
    src.pipe(zlib.createGzip()).pipe(zlib.createGunzip()).pipe(sink);
  });
  t.is(hex(Buffer.concat(out)), expected);
});

test("'end' closes the handle, then 'close' is emitted", async (t) => {
  const g = zlib.createGzip();
  const events: string[] = [];
  g.on('end', () => events.push('end'));
  g.on('close', () => events.push('close'));
  g.resume();
  g.end('x');
  await new Promise<void>((resolve) => g.on('close', () => resolve()));
  t.deepEqual(events, ['end', 'close']);
  t.true(g._closed);
});

test('strings are written as utf8 unless an encoding is given', async (t) => {
  const a = await run(zlib.createDeflateRaw(), 'h\u00e9llo');
  t.is((await run(zlib.createInflateRaw(), a.data)).data.toString(), 'h\u00e9llo');
  const z = zlib.createDeflateRaw();
  const p = collect(z);
  z.end('68656c6c6f', 'hex');
  t.is((await run(zlib.createInflateRaw(), (await p).data)).data.toString(), 'hello');
});
