// Big inputs streamed through n10 (tens of MB, never held whole), slow consumers, and both
// directions with the host's native zlib: no byte lost, reordered or added.
import test from 'ava';
import crypto from 'node:crypto';
import nodeZlib from 'node:zlib';
import stream from '@n10/stream';
import zlib from '../src/index';
import { Buffer, prng } from './helpers/util';
import type { Bytes } from './helpers/util';

const MB = 1 << 20;

// A Readable of `total` bytes in 64 KiB chunks: text-like, random and runs, from a seed.
function source(total: number, seed: number, hash: crypto.Hash) {
  const rnd = prng(seed);
  const words = ['alpha ', 'beta ', 'gamma ', 'delta ', 'zlib ', 'node ', '\n', 'stream '];
  let sent = 0;
  const r = new stream.Readable();
  r._read = function () {
    if (sent >= total) return this.push(null);
    const n = Math.min(65536, total - sent);
    const b = new Buffer(n);
    const kind = rnd(3);
    let i = 0;
    while (i < n) {
      if (kind === 0) {
        const w = words[rnd(words.length)];
        for (let k = 0; k < w.length && i < n; k++) b[i++] = w.charCodeAt(k);
      } else if (kind === 1) b[i++] = rnd(256);
      else b[i++] = 97 + ((i >> 9) & 7);
    }
    sent += n;
    hash.update(b);
    this.push(b);
  };
  return r;
}

function sink(hash: crypto.Hash, counter: { bytes: number }) {
  const w = new stream.Writable();
  w._write = function (chunk: unknown, _enc: string, cb: () => void) {
    const b = chunk as Bytes;
    counter.bytes += b.length;
    hash.update(b);
    cb();
  };
  return w;
}

test('40 MiB streamed through Class: zlib.Gzip and Class: zlib.Gunzip arrives whole', async (t) => {
  const inHash = crypto.createHash('sha256');
  const outHash = crypto.createHash('sha256');
  const counter = { bytes: 0 };
  await new Promise<void>((resolve, reject) => {
    const gz = zlib.createGzip();
    const gun = zlib.createGunzip();
    gz.on('error', reject);
    gun.on('error', reject);
    const w = sink(outHash, counter);
    w.on('finish', () => resolve());
    source(40 * MB, 1, inHash).pipe(gz).pipe(gun).pipe(w);
  });
  t.is(counter.bytes, 40 * MB);
  t.is(outHash.digest('hex'), inHash.digest('hex'));
});

test('a slow consumer of Class: zlib.Inflate (reading small pieces, with pauses) loses no data', async (t) => {
  const inHash = crypto.createHash('sha256');
  const packed: Bytes[] = [];
  await new Promise<void>((resolve) => {
    const d = zlib.createDeflate({ level: 1 });
    d.on('data', (c: Bytes) => packed.push(c));
    d.on('end', () => resolve());
    source(12 * MB, 2, inHash).pipe(d);
  });
  const inf = zlib.createInflate({ chunkSize: 4096 });
  const outHash = crypto.createHash('sha256');
  let got = 0;
  let ended = false;
  inf.on('end', () => (ended = true));
  // Writes honour backpressure; reads take 1000 bytes at a time, pausing every so often.
  let i = 0;
  const feed = () => {
    while (i < packed.length) if (!inf.write(packed[i++])) return void inf.once('drain', feed);
    inf.end();
  };
  feed();
  let reads = 0;
  while (!ended) {
    const c = inf.read(1000) as Bytes | null;
    if (c) {
      got += c.length;
      outHash.update(c);
      if (++reads % 500 === 0) await new Promise((r) => setTimeout(r, 1));
    } else {
      const rest = inf.read() as Bytes | null;
      if (rest) {
        got += rest.length;
        outHash.update(rest);
      } else await new Promise((r) => setImmediate(r));
    }
  }
  t.is(got, 12 * MB);
  t.is(outHash.digest('hex'), inHash.digest('hex'));
});

test('30 MiB: n10 Gzip → host gunzip stream, and host gzip stream → n10 Gunzip', async (t) => {
  // n10 → host
  {
    const inHash = crypto.createHash('sha256');
    const outHash = crypto.createHash('sha256');
    let bytes = 0;
    await new Promise<void>((resolve, reject) => {
      const hostGunzip = nodeZlib.createGunzip();
      hostGunzip.on('data', (c: globalThis.Buffer) => {
        bytes += c.length;
        outHash.update(c);
      });
      hostGunzip.on('end', () => resolve());
      hostGunzip.on('error', reject);
      const gz = zlib.createGzip({ level: 2 });
      gz.on('data', (c: Bytes) => hostGunzip.write(globalThis.Buffer.from(c)));
      gz.on('end', () => hostGunzip.end());
      source(30 * MB, 3, inHash).pipe(gz);
    });
    t.is(bytes, 30 * MB);
    t.is(outHash.digest('hex'), inHash.digest('hex'));
  }
  // host → n10
  {
    const inHash = crypto.createHash('sha256');
    const outHash = crypto.createHash('sha256');
    const counter = { bytes: 0 };
    await new Promise<void>((resolve, reject) => {
      const hostGzip = nodeZlib.createGzip({ level: 6 });
      const gun = zlib.createGunzip();
      gun.on('error', reject);
      const w = sink(outHash, counter);
      w.on('finish', () => resolve());
      gun.pipe(w);
      hostGzip.on('data', (c: globalThis.Buffer) => {
        const b = new Buffer(c.length);
        b.set(c);
        if (!gun.write(b)) {
          hostGzip.pause();
          gun.once('drain', () => hostGzip.resume());
        }
      });
      hostGzip.on('end', () => gun.end());
      const src = source(30 * MB, 4, inHash);
      src.on('data', (c: Bytes) => {
        if (!hostGzip.write(globalThis.Buffer.from(c))) {
          src.pause();
          hostGzip.once('drain', () => src.resume());
        }
      });
      src.on('end', () => hostGzip.end());
    });
    t.is(counter.bytes, 30 * MB);
    t.is(outHash.digest('hex'), inHash.digest('hex'));
  }
});

test('zlib.gzip / zlib.gunzip of one 16 MiB buffer', async (t) => {
  const hash = crypto.createHash('sha256');
  const parts: Bytes[] = [];
  await new Promise<void>((resolve) => {
    const s = source(16 * MB, 5, hash);
    s.on('data', (c: Bytes) => parts.push(c));
    s.on('end', () => resolve());
  });
  const whole = Buffer.concat(parts);
  const packed = await new Promise<Bytes>((resolve, reject) => zlib.gzip(whole, (e, r) => (e ? reject(e) : resolve(r as Bytes))));
  const back = await new Promise<Bytes>((resolve, reject) => zlib.gunzip(packed, (e, r) => (e ? reject(e) : resolve(r as Bytes))));
  t.is(back.length, whole.length);
  t.is(crypto.createHash('sha256').update(back).digest('hex'), hash.digest('hex'));
  t.is(crypto.createHash('sha256').update(nodeZlib.gunzipSync(globalThis.Buffer.from(packed))).digest('hex'), crypto.createHash('sha256').update(whole).digest('hex'));
});
