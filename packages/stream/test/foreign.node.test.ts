// A program on a current Node: its own Buffers and streams meet @n10/stream's.
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough as HostPassThrough, Writable as HostWritable } from 'node:stream';
import stream from '@n10/stream';
import buffer from '@n10/buffer';

const { Buffer } = buffer;

test('writable.write(chunk) takes a host Buffer (was: Invalid non-string/buffer chunk)', (t) => {
  const p = new stream.PassThrough();
  const errors: unknown[] = [];
  p.on('error', (e) => errors.push(e));
  const host = HostBuffer.from('x');
  t.true(p.write(host));
  t.deepEqual(errors, []);
  const out = p.read();
  t.true(out instanceof Buffer, 'an n10 Buffer comes out');
  t.is((out as unknown as Uint8Array).buffer, host.buffer, 'over the same memory');
  t.is(String(out), 'x');
});

test('host fs.createReadStream piped through an n10 Transform into a host fs.createWriteStream', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-stream-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const src = path.join(dir, 'in.bin');
  const dst = path.join(dir, 'out.bin');
  const data = HostBuffer.alloc(300 * 1024);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
  fs.writeFileSync(src, data);
  const upper = new stream.Transform();
  let chunks = 0;
  upper._transform = function (chunk, _enc, cb) {
    t.true(chunk instanceof Buffer);
    chunks++;
    const out = new Buffer(chunk.length);
    for (let i = 0; i < chunk.length; i++) out[i] = (chunk as unknown as Uint8Array)[i] ^ 0xff;
    this.push(out);
    cb();
  };
  await new Promise<void>((resolve, reject) => {
    const ws = fs.createWriteStream(dst);
    ws.on('finish', resolve).on('error', reject);
    (fs.createReadStream(src).pipe(upper as unknown as NodeJS.WritableStream) as unknown as NodeJS.ReadableStream).pipe(ws);
  });
  t.true(chunks > 1);
  const got = fs.readFileSync(dst);
  t.is(got.length, data.length);
  for (let i = 0; i < data.length; i += 4099) t.is(got[i], data[i] ^ 0xff);
});

test('n10 Readable piped into host streams: the host takes n10 Buffers (Uint8Arrays)', async (t) => {
  const r = new stream.Readable();
  const parts = ['one ', 'two ', 'three'];
  r._read = function () {
    this.push(parts.length ? new Buffer(parts.shift()!) : null);
  };
  const got: HostBuffer[] = [];
  const sink = new HostWritable({
    write(chunk: HostBuffer, _enc, cb) {
      got.push(chunk);
      cb();
    },
  });
  await new Promise<void>((resolve) => {
    sink.on('finish', resolve);
    (r.pipe(new HostPassThrough() as never) as unknown as NodeJS.ReadableStream).pipe(sink as unknown as NodeJS.WritableStream);
  });
  t.is(HostBuffer.concat(got).toString(), 'one two three');
});

test('readable.push(host Buffer) with setEncoding(utf8) holds back a split character', (t) => {
  const r = new stream.Readable();
  r._read = () => {};
  r.setEncoding('utf8');
  const bytes = HostBuffer.from('\ud83d\ude00!');
  for (let i = 0; i < bytes.length; i++) r.push(bytes.subarray(i, i + 1));
  t.is(r.read(), '\ud83d\ude00!');
});
