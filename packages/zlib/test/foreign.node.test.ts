// A program on a current Node hands @n10/zlib its own Buffers and streams.
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import hostZlib from 'node:zlib';
import buffer from '@n10/buffer';
import zlib from '../src/index';

const { Buffer } = buffer;

function sample(n: number): HostBuffer {
  const b = HostBuffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = i % 251 < 200 ? 0x61 + (i % 7) : (i * 131) & 0xff;
  return b;
}

test('host fs.createReadStream → zlib.createGzip() → host fs.createWriteStream; the host gunzips it', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-zlib-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const data = sample(500 * 1024);
  fs.writeFileSync(path.join(dir, 'in'), data);
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(path.join(dir, 'in.gz'));
    out.on('finish', resolve).on('error', reject);
    (fs.createReadStream(path.join(dir, 'in')).pipe(zlib.createGzip() as unknown as NodeJS.WritableStream) as unknown as NodeJS.ReadableStream).pipe(out);
  });
  t.true(hostZlib.gunzipSync(fs.readFileSync(path.join(dir, 'in.gz'))).equals(data));
});

test('zlib.deflate/gzip(host Buffer) and zlib.inflate/gunzip(host-compressed Buffer)', async (t) => {
  const data = sample(70000);
  const call = (fn: (b: unknown, cb: (e: Error | null, r: Uint8Array) => void) => void, b: unknown) =>
    new Promise<Uint8Array>((resolve, reject) => fn(b, (e, r) => (e ? reject(e) : resolve(r))));
  const deflated = await call(zlib.deflate as never, data);
  t.true(deflated instanceof Buffer);
  t.true(hostZlib.inflateSync(deflated).equals(data));
  const gz = await call(zlib.gzip as never, data);
  t.true(hostZlib.gunzipSync(gz).equals(data));
  const back = await call(zlib.gunzip as never, hostZlib.gzipSync(data));
  t.true(back instanceof Buffer);
  t.true(HostBuffer.from(back).equals(data));
  const raw = await call(zlib.inflateRaw as never, hostZlib.deflateRawSync(data));
  t.true(HostBuffer.from(raw).equals(data));
  const unz = await call(zlib.unzip as never, hostZlib.deflateSync(data));
  t.true(HostBuffer.from(unz).equals(data));
});

test('options.dictionary may be a host Buffer (deflate with it, the host inflates with it)', async (t) => {
  const dictionary = HostBuffer.from('the quick brown fox jumps over the lazy dog');
  const data = HostBuffer.from('the lazy dog and the quick brown fox, the quick brown fox and the lazy dog');
  const d = zlib.createDeflate({ dictionary: dictionary as never });
  const parts: Uint8Array[] = [];
  d.on('data', (c: Uint8Array) => parts.push(c));
  await new Promise<void>((resolve) => {
    d.on('end', resolve);
    d.end(data);
  });
  const out = HostBuffer.concat(parts);
  t.true(hostZlib.inflateSync(out, { dictionary }).equals(data));
  const i = zlib.createInflate({ dictionary: dictionary as never });
  const got: Uint8Array[] = [];
  i.on('data', (c: Uint8Array) => got.push(c));
  await new Promise<void>((resolve) => {
    i.on('end', resolve);
    i.end(hostZlib.deflateSync(data, { dictionary }));
  });
  t.true(HostBuffer.concat(got).equals(data));
});

test('zlib.deflate(plain Uint8Array) fails as in 0.10', async (t) => {
  const err = await new Promise<Error | null>((resolve) => zlib.deflate(new Uint8Array(3) as never, (e: Error | null) => resolve(e)));
  t.is(err && err.message, 'Invalid non-string/buffer chunk');
});
