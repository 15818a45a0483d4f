// npm `buffer`'s Buffers (a browser bundle's) through @n10/zlib, streams and convenience methods.
import test from 'ava';
import { Buffer as NpmBuffer } from 'buffer/index.js';
import buffer from '@n10/buffer';
import zlib from '../src/index';

const { Buffer } = buffer;

const call = (fn: unknown, b: unknown) =>
  new Promise<Uint8Array>((resolve, reject) => (fn as (b: unknown, cb: (e: Error | null, r: Uint8Array) => void) => void)(b, (e, r) => (e ? reject(e) : resolve(r))));

test('zlib.gzip(npm buffer) then zlib.gunzip(npm buffer of the result) round-trips', async (t) => {
  const text = 'npm buffer, '.repeat(1000);
  const gz = await call(zlib.gzip, NpmBuffer.from(text));
  t.true(gz instanceof Buffer);
  const back = await call(zlib.gunzip, NpmBuffer.from(gz));
  t.is(String(back), text);
});

test('zlib.createDeflate() stream takes npm buffer chunks; options.dictionary an npm buffer', async (t) => {
  const dictionary = NpmBuffer.from('abcdefghij');
  const d = zlib.createDeflate({ dictionary: dictionary as never });
  const parts: Uint8Array[] = [];
  d.on('data', (c: Uint8Array) => parts.push(c));
  await new Promise<void>((resolve) => {
    d.on('end', resolve);
    d.write(NpmBuffer.from('abcdefghij'));
    d.end(NpmBuffer.from('abcdefghij'));
  });
  const i = zlib.createInflate({ dictionary: dictionary as never });
  const got: string[] = [];
  i.on('data', (c: Uint8Array) => got.push(String(c)));
  await new Promise<void>((resolve) => {
    i.on('end', resolve);
    i.end(Buffer.concat(parts.map((p) => NpmBuffer.from(p)) as never));
  });
  t.is(got.join(''), 'abcdefghijabcdefghij');
});
