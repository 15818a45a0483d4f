// Real peers: the host's gzip/gunzip tools and the host node's zlib (a native zlib) read what
// n10 writes, and n10 reads what they write.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import nodeZlib from 'node:zlib';
import zlib from '../src/index';
import type { ZlibOptions } from '../src/index';
import { Buffer, randomBytes, run, text } from './helpers/util';
import type { Bytes } from './helpers/util';

const host = (b: Uint8Array): globalThis.Buffer => globalThis.Buffer.from(b.buffer, b.byteOffset, b.byteLength);
const n10 = (b: Uint8Array): Bytes => {
  const out = new Buffer(b.length);
  out.set(b);
  return out;
};
const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

const samples: [string, Bytes][] = [
  ['empty', new Buffer(0)],
  ['one byte', new Buffer('x')],
  ['text', text(200000, 31)],
  ['random', randomBytes(100000, 32)],
  ['mixed', Buffer.concat([text(50000, 33), randomBytes(20000, 34), text(50000, 35)])],
];

for (const [name, input] of samples) {
  test(`Class: zlib.Gzip output (${name}) is read by the host's gunzip; the host's gzip output is read by Class: zlib.Gunzip`, async (t) => {
    for (const level of [1, 6, 9]) {
      const packed = await run(zlib.createGzip({ level }), input, 10000);
      const back = execFileSync('gunzip', ['-c'], { input: host(packed.data), maxBuffer: 1 << 26 });
      t.is(sha(back), sha(input), `level ${level}`);
      const theirs = execFileSync('gzip', ['-c', `-${level}`], { input: host(input), maxBuffer: 1 << 26 });
      const mine = await run(zlib.createGunzip(), n10(theirs), 7000);
      t.is(mine.error, null);
      t.is(sha(mine.data), sha(input));
      const viaUnzip = await run(zlib.createUnzip(), n10(theirs));
      t.is(sha(viaUnzip.data), sha(input));
    }
  });
}

test("the host's gzip -c of a named file (FNAME, mtime) is read by Class: zlib.Gunzip", async (t) => {
  const input = text(5000, 40);
  const theirs = execFileSync('sh', ['-c', 'f=$(mktemp -d)/named.txt; cat > "$f"; gzip -c -N "$f"; rm -r "$(dirname "$f")"'], { input: host(input) });
  t.is(theirs[3] & 0x08, 0x08, 'FNAME is set');
  t.is(sha((await run(zlib.createGunzip(), n10(theirs))).data), sha(input));
});

test('gzip members written by n10 concatenate for the host gunzip (which reads all of them), as 0.10 Gunzip reads only the first', async (t) => {
  const a = (await run(zlib.createGzip(), 'first ')).data;
  const b = (await run(zlib.createGzip(), 'second')).data;
  const both = Buffer.concat([a, b]);
  t.is(execFileSync('gunzip', ['-c'], { input: host(both) }).toString(), 'first second');
  t.is((await run(zlib.createGunzip(), both)).data.toString(), 'first ');
});

const kinds: [string, keyof typeof nodeZlib & string, keyof typeof nodeZlib & string, 'Deflate' | 'Gzip' | 'DeflateRaw', 'Inflate' | 'Gunzip' | 'InflateRaw'][] = [
  ['deflate', 'deflateSync', 'inflateSync', 'Deflate', 'Inflate'],
  ['gzip', 'gzipSync', 'gunzipSync', 'Gzip', 'Gunzip'],
  ['raw', 'deflateRawSync', 'inflateRawSync', 'DeflateRaw', 'InflateRaw'],
];

for (const [label, hostCompress, hostDecompress, mine, mineBack] of kinds) {
  test(`host node's zlib reads Class: zlib.${mine} output and n10's Class: zlib.${mineBack} reads host ${label} output, for every level, strategy and windowBits`, async (t) => {
    const input = Buffer.concat([text(60000, 50), randomBytes(8000, 51)]);
    for (const level of [0, 1, 4, 9]) {
      for (const strategy of [0, 1, 2, 3, 4]) {
        for (const windowBits of [9, 12, 15]) {
          const o = { level, strategy, windowBits, memLevel: 1 + ((level + strategy) % 9) };
          const packed = await run(new zlib[mine](o), input, 9000);
          const hostBack = (nodeZlib[hostDecompress] as (b: globalThis.Buffer, o: object) => globalThis.Buffer)(host(packed.data), { windowBits: 15 });
          t.is(sha(hostBack), sha(input), `${mine} ${JSON.stringify(o)}`);
          const theirs = (nodeZlib[hostCompress] as (b: globalThis.Buffer, o: object) => globalThis.Buffer)(host(input), o);
          const back = await run(new zlib[mineBack]({ windowBits: 15 } as ZlibOptions), n10(theirs), 5000);
          t.is(back.error, null);
          t.is(sha(back.data), sha(input), `host ${label} ${JSON.stringify(o)}`);
        }
      }
    }
  });
}

test('a dictionary works both ways between n10 and host node', async (t) => {
  const dictionary = text(2000, 60);
  const input = Buffer.concat([text(3000, 61), dictionary.slice(100, 900)]);
  const packed = await run(zlib.createDeflate({ dictionary }), input);
  t.is(sha(nodeZlib.inflateSync(host(packed.data), { dictionary: host(dictionary) })), sha(input));
  const theirs = nodeZlib.deflateSync(host(input), { dictionary: host(dictionary) });
  t.is(sha((await run(zlib.createInflate({ dictionary }), n10(theirs))).data), sha(input));
  const raw = nodeZlib.deflateRawSync(host(input), { dictionary: host(dictionary) });
  // n10's raw deflate with a dictionary, as 0.10's, is inflated by a host given the same one.
  const mineRaw = await run(zlib.createDeflateRaw({ dictionary }), input);
  t.is(sha(nodeZlib.inflateRawSync(host(mineRaw.data), { dictionary: host(dictionary) })), sha(input));
  t.truthy(raw.length);
});

test('flushed streams: the host inflates what n10 has flushed so far, at every flush', async (t) => {
  const z = zlib.createDeflate();
  const sofar: Bytes[] = [];
  z.on('data', (d: Bytes) => sofar.push(d));
  let expected = '';
  for (let i = 0; i < 20; i++) {
    const piece = text(100 + i * 37, 70 + i).toString();
    expected += piece;
    z.write(piece);
    await new Promise<void>((resolve) => z.flush(() => resolve()));
    const partial = nodeZlib.inflateSync(host(Buffer.concat(sofar)), { finishFlush: nodeZlib.constants.Z_SYNC_FLUSH });
    t.is(partial.toString(), expected);
  }
  z.close();
});
