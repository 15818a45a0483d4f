// zlib: Zlib (node 0.10's zlib binding) against real peers: the host node's zlib (the same
// library, so deflate output must be byte-identical) and the gzip command.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import * as host from 'node:zlib';
import { binding } from './helpers';
import { gc } from './gc';
import type { Zlib, ZlibError } from '../src/index';

const Z = binding.constants.zlib;

// Text with some repetition and some noise: compresses, but not to nothing.
function sample(n: number, seed = 1): Buffer {
  const words = ['node', 'zlib', 'deflate', 'inflate', 'stream', 'buffer', 'n10', 'chunk', '0.10', 'gzip'];
  const out: string[] = [];
  let x = seed;
  let len = 0;
  while (len < n) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const w = x % 7 === 0 ? String(x) : words[x % words.length];
    out.push(w);
    len += w.length + 1;
  }
  return Buffer.from(out.join(' ')).subarray(0, n);
}

function make(mode: number, opts: { level?: number; windowBits?: number; memLevel?: number; strategy?: number; dictionary?: Uint8Array } = {}): Zlib {
  const z = new binding.Zlib(mode);
  z.init(opts.windowBits ?? 15, opts.level ?? Z.Z_DEFAULT_COMPRESSION, opts.memLevel ?? 8, opts.strategy ?? Z.Z_DEFAULT_STRATEGY, opts.dictionary);
  return z;
}

function write(z: Zlib, flush: number, input: Uint8Array | null, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): Promise<[number, number, number]> {
  return new Promise((resolve, reject) => {
    z.onerror = (message, errno) => reject(Object.assign(new Error(message), { errno }));
    z.write(flush, input, inOff, inLen, out, outOff, outLen, { oncomplete: (availOut, availIn, code) => resolve([availOut, availIn, code]) });
  });
}

/** 0.10's zlib.js loop: each input chunk is written with `flush` until the output buffer is
 * not filled, then the end with Z_FINISH (flush Z_FINISH: the whole input at once, as the
 * host's deflateSync does); `outSize`-byte output buffers; async or sync. */
async function run(z: Zlib, input: Uint8Array, chunk: number, outSize: number, sync = false, flush: number = Z.Z_NO_FLUSH): Promise<Buffer> {
  const outs: Buffer[] = [];
  const step = async (f: number, buf: Uint8Array | null, off: number, len: number): Promise<void> => {
    for (;;) {
      const out = new Uint8Array(outSize);
      const [availOut, availIn] = sync ? z.writeSync(f, buf, off, len, out, 0, outSize) : await write(z, f, buf, off, len, out, 0, outSize);
      outs.push(Buffer.from(out.subarray(0, outSize - availOut)));
      off += len - availIn;
      len = availIn;
      if (availOut !== 0) return;
    }
  };
  if (flush === Z.Z_FINISH) {
    await step(Z.Z_FINISH, input, 0, input.length);
    return Buffer.concat(outs);
  }
  for (let off = 0; off < input.length; off += chunk) await step(flush, input, off, Math.min(chunk, input.length - off));
  await step(Z.Z_FINISH, null, 0, 0);
  return Buffer.concat(outs);
}

function gzipCmd(args: string[], input: Uint8Array): Buffer {
  const r = spawnSync('gzip', args, { input, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`gzip ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

test('constants.zlib: zlib.h values and 0.10\'s modes', (t) => {
  t.like(Z, { Z_NO_FLUSH: 0, Z_SYNC_FLUSH: 2, Z_FINISH: 4, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_DATA_ERROR: -3, Z_BUF_ERROR: -5, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_DEFAULT_STRATEGY: 0, Z_FIXED: 4 });
  t.like(Z, { NONE: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7 });
  t.is(Z.ZLIB_VERNUM >> 8, 0x13);
});

test('DEFLATE, GZIP, DEFLATERAW: byte-identical to the host zlib at every level and strategy; writeSync and write', async (t) => {
  const input = sample(200000);
  for (const [mode, hostFn] of [[Z.DEFLATE, host.deflateSync], [Z.GZIP, host.gzipSync], [Z.DEFLATERAW, host.deflateRawSync]] as const) {
    for (const level of [0, 1, 6, 9]) {
      const want = hostFn(input, { level });
      // The host's zlib.*Sync: all input with Z_FINISH, 16 KiB output buffers.
      t.deepEqual(await run(make(mode, { level }), input, input.length, 16384, true, Z.Z_FINISH), want, `mode ${mode} level ${level} sync`);
      t.deepEqual(await run(make(mode, { level }), input, input.length, 16384, false, Z.Z_FINISH), want, `mode ${mode} level ${level} async`);
    }
  }
  for (const strategy of [Z.Z_FILTERED, Z.Z_HUFFMAN_ONLY, Z.Z_RLE, Z.Z_FIXED]) {
    t.deepEqual(await run(make(Z.DEFLATE, { strategy, memLevel: 9, windowBits: 12 }), input, 0, 16384, true, Z.Z_FINISH), host.deflateSync(input, { strategy, memLevel: 9, windowBits: 12 }), `strategy ${strategy}`);
  }
});

test('GZIP output is what `gzip -d` reads; `gzip` output is what GUNZIP and UNZIP read; the host inflates DEFLATE and DEFLATERAW', async (t) => {
  const input = sample(300000, 7);
  const gz = await run(make(Z.GZIP), input, 16384, 16384);
  t.deepEqual(gzipCmd(['-dc'], gz), input);
  const theirs = gzipCmd(['-c', '-9'], input);
  t.deepEqual(await run(make(Z.GUNZIP), theirs, 16384, 16384), input);
  t.deepEqual(await run(make(Z.UNZIP), theirs, 16384, 16384, true), input);
  const zl = host.deflateSync(input);
  t.deepEqual(await run(make(Z.INFLATE), zl, 1000, 4096), input);
  t.deepEqual(await run(make(Z.UNZIP), zl, 1000, 4096), input, 'UNZIP takes zlib streams too');
  t.deepEqual(host.inflateRawSync(await run(make(Z.DEFLATERAW), input, 5000, 3000)), input);
  t.deepEqual(await run(make(Z.INFLATERAW), host.deflateRawSync(input), 5000, 3000, true), input);
});

test('streaming in small pieces: 7-byte input chunks, 13-byte output buffers, Z_SYNC_FLUSH between chunks, async; round trip', async (t) => {
  const input = sample(20000, 3);
  const deflated = await run(make(Z.DEFLATE, { level: 9 }), input, 7, 13, false, Z.Z_SYNC_FLUSH);
  t.deepEqual(host.inflateSync(deflated), input);
  t.deepEqual(await run(make(Z.INFLATE), deflated, 7, 13), input);
  const gz = await run(make(Z.GZIP), input, 1, 64, true);
  t.deepEqual(gzipCmd(['-dc'], gz), input);
  t.deepEqual(await run(make(Z.GUNZIP), gz, 3, 5, true), input);
});

test('a corrupt stream: async write reports onerror(message, errno) and no oncomplete; writeSync throws the ZlibError', async (t) => {
  const bad = Buffer.from('this is not a zlib stream at all');
  const z = make(Z.INFLATE);
  const got = await new Promise<[string, number]>((resolve) => {
    z.onerror = (message, errno) => resolve([message, errno]);
    z.write(Z.Z_FINISH, bad, 0, bad.length, new Uint8Array(100), 0, 100, { oncomplete: () => resolve(['oncomplete', 0]) });
  });
  t.deepEqual(got, ['incorrect header check', Z.Z_DATA_ERROR]);
  const err = t.throws(() => make(Z.GUNZIP).writeSync(Z.Z_FINISH, bad, 0, bad.length, new Uint8Array(100), 0, 100)) as ZlibError;
  t.is(err.message, 'incorrect header check');
  t.is(err.errno, Z.Z_DATA_ERROR);
  t.is(err.code, 'Z_DATA_ERROR');
  // Damage inside a valid gzip stream: zlib's own message (a bad block or the CRC check).
  const gz = Buffer.from(host.gzipSync(sample(5000)));
  gz[gz.length - 6] ^= 0xff;
  const crc = t.throws(() => make(Z.GUNZIP).writeSync(Z.Z_FINISH, gz, 0, gz.length, new Uint8Array(10000), 0, 10000)) as ZlibError;
  t.is(crc.message, 'incorrect data check');
  // A truncated stream is not an error at this level: Z_BUF_ERROR, output left unfilled.
  const cut = host.deflateSync(sample(5000)).subarray(0, 100);
  const r = make(Z.INFLATE).writeSync(Z.Z_FINISH, cut, 0, cut.length, new Uint8Array(10000), 0, 10000);
  t.is(r[2], Z.Z_BUF_ERROR);
  t.true(r[0] > 0);
});

test('dictionaries: DEFLATE with one inflates on the host; INFLATE uses one when asked; missing and wrong ones are Z_NEED_DICT', async (t) => {
  const dictionary = Buffer.from('node zlib deflate inflate stream buffer');
  const input = sample(3000, 5);
  const d = await run(make(Z.DEFLATE, { dictionary }), input, 0, 16384, true, Z.Z_FINISH);
  t.deepEqual(d, host.deflateSync(input, { dictionary }));
  t.deepEqual(host.inflateSync(await run(make(Z.DEFLATE, { dictionary }), input, 500, 1000), { dictionary }), input);
  t.deepEqual(host.inflateSync(d, { dictionary }), input);
  t.deepEqual(await run(make(Z.INFLATE, { dictionary }), d, 100, 1000), input);
  for (const dict of [undefined, Buffer.from('not the dictionary')]) {
    const err = t.throws(() => make(Z.INFLATE, { dictionary: dict }).writeSync(Z.Z_FINISH, d, 0, d.length, new Uint8Array(5000), 0, 5000)) as ZlibError;
    t.is(err.errno, Z.Z_NEED_DICT);
    t.is(err.message, 'Z_NEED_DICT', 'zlib gives no message: the caller words it');
  }
  // Raw streams take the dictionary up front.
  const raw = host.deflateRawSync(input, { dictionary });
  t.deepEqual(await run(make(Z.INFLATERAW, { dictionary }), raw, 100, 1000), input);
  t.deepEqual(host.inflateRawSync(await run(make(Z.DEFLATERAW, { dictionary }), input, 100, 1000), { dictionary }), input);
});

test('params() after a sync flush changes the level mid-stream; with data pending it is Z_BUF_ERROR; reset() starts the same stream over', async (t) => {
  const a = sample(50000, 1);
  const b = sample(50000, 2);
  const z = make(Z.DEFLATE, { level: 1 });
  const outs: Buffer[] = [];
  const out = new Uint8Array(200000);
  let r = z.writeSync(Z.Z_NO_FLUSH, a, 0, a.length, out, 0, out.length);
  t.is(z.params(9, Z.Z_DEFAULT_STRATEGY), Z.Z_BUF_ERROR, 'pending input: flush first');
  r = z.writeSync(Z.Z_SYNC_FLUSH, null, 0, 0, out, out.length - r[0], r[0]);
  t.is(z.params(9, Z.Z_DEFAULT_STRATEGY), Z.Z_OK);
  const used = out.length - r[0];
  outs.push(Buffer.from(out.subarray(0, used)));
  const out2 = new Uint8Array(200000);
  const r2 = z.writeSync(Z.Z_FINISH, b, 0, b.length, out2, 0, out2.length);
  outs.push(Buffer.from(out2.subarray(0, out2.length - r2[0])));
  t.deepEqual(host.inflateSync(Buffer.concat(outs)), Buffer.concat([a, b]));
  t.is(make(Z.INFLATE).params(9, 0), Z.Z_OK, 'nothing to change when inflating');

  const again = make(Z.GZIP, { level: 6 });
  const first = await run(again, a, a.length, 1 << 20, true);
  t.is(again.reset(), Z.Z_OK);
  t.deepEqual(await run(again, a, a.length, 1 << 20, true), first);
});

test('misuse throws ERR_N10_STATE: before init(), during a write, after close(); close() during a write waits for it', async (t) => {
  const fresh = new binding.Zlib(Z.DEFLATE);
  t.throws(() => fresh.writeSync(Z.Z_FINISH, null, 0, 0, new Uint8Array(10), 0, 10), { code: 'ERR_N10_STATE' });
  const z = make(Z.DEFLATE);
  const input = sample(100000);
  const out = new Uint8Array(200000);
  const done = new Promise<[number, number, number]>((resolve) => z.write(Z.Z_FINISH, input, 0, input.length, out, 0, out.length, { oncomplete: (...a) => resolve(a) }));
  t.throws(() => z.writeSync(Z.Z_FINISH, null, 0, 0, new Uint8Array(10), 0, 10), { code: 'ERR_N10_STATE', message: /in progress/ });
  t.throws(() => z.params(1, 0), { code: 'ERR_N10_STATE' });
  t.throws(() => z.reset(), { code: 'ERR_N10_STATE' });
  t.throws(() => z.write(Z.Z_FINISH, null, 0, 0, new Uint8Array(10), 0, 10, { oncomplete() {} }), { code: 'ERR_N10_STATE' });
  z.close(); // waits for the write
  const [availOut, , code] = await done;
  t.is(code, Z.Z_STREAM_END);
  t.deepEqual(host.inflateSync(out.subarray(0, out.length - availOut)), input);
  t.throws(() => z.reset(), { code: 'ERR_N10_STATE', message: /closed/ });
  t.notThrows(() => z.close());
  // close() from inside oncomplete (the usual end of a stream), then the tick queue runs.
  const y = make(Z.GZIP);
  const closed = await new Promise<string>((resolve) =>
    y.write(Z.Z_FINISH, input, 0, 100, new Uint8Array(1000), 0, 1000, {
      oncomplete() {
        y.close();
        process.nextTick(() => {
          try {
            y.reset();
            resolve('reset worked');
          } catch (e) {
            resolve((e as Error).message);
          }
        });
      },
    }),
  );
  t.regex(closed, /closed/);
  t.throws(() => new binding.Zlib(0), { instanceOf: TypeError });
  t.throws(() => new binding.Zlib(8), { instanceOf: TypeError });
  const err = t.throws(() => new binding.Zlib(Z.DEFLATE).init(15, 42, 8, 0)) as ZlibError;
  t.is(err.errno, Z.Z_STREAM_ERROR);
  t.is(err.syscall, 'deflateInit2');
  t.throws(() => make(Z.DEFLATE).writeSync(Z.Z_FINISH, new Uint8Array(4), 2, 5, new Uint8Array(10), 0, 10), { instanceOf: RangeError });
});

test('async writes hold their input, output and request: only the binding references them, GC runs in between, the output is intact', async (t) => {
  const input = sample(100000, 9);
  const z = make(Z.DEFLATE);
  const outs: Buffer[] = [];
  let inOff = 0;
  for (;;) {
    const chunk = Math.min(999, input.length - inOff);
    const flush = chunk === 0 ? Z.Z_FINISH : Z.Z_NO_FLUSH;
    const result = await new Promise<[number, number, number, Uint8Array]>((resolve, reject) => {
      // Fresh copies the test forgets at once: the request alone keeps them.
      const out = new Uint8Array(500);
      const weak = new WeakRef(out);
      z.onerror = (m) => reject(new Error(m));
      z.write(flush, chunk ? Uint8Array.from(input.subarray(inOff, inOff + chunk)) : null, 0, chunk, out, 0, 500, {
        oncomplete: (availOut, availIn, code) => resolve([availOut, availIn, code, weak.deref() as Uint8Array]),
      });
      gc();
    });
    const [availOut, availIn, code, out] = result;
    outs.push(Buffer.from(out.subarray(0, 500 - availOut)));
    inOff += chunk - availIn;
    if (code === Z.Z_STREAM_END) break;
  }
  t.deepEqual(host.inflateSync(Buffer.concat(outs)), input);
});

test("new Zlib(mode, 'system'): the system's shared zlib, read back by the host's; any other library is a TypeError", async (t) => {
  let z: Zlib;
  try {
    z = new binding.Zlib(Z.GZIP, 'system');
  } catch (e) {
    t.is((e as { code?: string }).code, 'ERR_N10_NO_ZLIB');
    return;
  }
  const input = sample(300000, 7);
  z.init(15, Z.Z_DEFAULT_COMPRESSION, 8, Z.Z_DEFAULT_STRATEGY, null);
  const out = Buffer.alloc(400000);
  const [availOut, availIn, code] = z.writeSync(Z.Z_FINISH, input, 0, input.length, out, 0, out.length);
  t.is(availIn, 0);
  t.is(code, Z.Z_STREAM_END);
  t.true(host.gunzipSync(out.subarray(0, out.length - availOut)).equals(input));
  z.close();
  const r = new binding.Zlib(Z.INFLATE, 'system');
  r.init(15, 0, 0, 0);
  const packed = host.deflateSync(input);
  const back = Buffer.alloc(input.length + 10);
  const [left] = await new Promise<number[]>((resolve, reject) => {
    r.onerror = (message) => reject(new Error(message));
    r.write(Z.Z_FINISH, packed, 0, packed.length, back, 0, back.length, { oncomplete: (...a: number[]) => resolve(a) } as never);
  });
  t.true(back.subarray(0, back.length - left).equals(input));
  r.close();
  t.throws(() => new binding.Zlib(Z.GZIP, 'other' as never), { instanceOf: TypeError, message: "library must be 'host' or 'system'" });
  t.throws(() => new binding.Zlib(Z.GZIP, 3 as never), { instanceOf: TypeError });
});

test('pending(): deflatePending, the output made but not yet written out ([bytes, bits]); inflate modes [0, 0]', (t) => {
  let z: Zlib;
  try {
    z = new binding.Zlib(Z.DEFLATE, 'system');
  } catch {
    z = new binding.Zlib(Z.DEFLATE);
  }
  z.init(15, Z.Z_DEFAULT_COMPRESSION, 8, Z.Z_DEFAULT_STRATEGY, null);
  t.deepEqual(z.pending(), [0, 0]);
  const input = sample(100000, 3);
  const one = new Uint8Array(1);
  // One byte of room: the header is made, one byte of it written out.
  z.writeSync(Z.Z_NO_FLUSH, input, 0, input.length, one, 0, 1);
  t.deepEqual(z.pending(), [1, 0]);
  const out = new Uint8Array(200000);
  const [availOut] = z.writeSync(Z.Z_FINISH, input, 0, 0, out, 0, out.length);
  t.true(availOut < out.length);
  z.close();
  const i = new binding.Zlib(Z.INFLATE);
  i.init(15, 0, 0, 0);
  t.deepEqual(i.pending(), [0, 0]);
  i.close();
  t.throws(() => i.pending(), { code: 'ERR_N10_STATE' } as never);
});
