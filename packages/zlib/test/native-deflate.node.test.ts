// The native deflate handle (native-deflate.ts, steps-123.ts): compression on the system's
// zlib through the binding, with 1.2.3's steps, and the portable handle taking over where that
// zlib's bytes are not 1.2.3's. Compared with the portable handle, whose steps the oracle tests
// check against 0.10. Needs the binding (node only).
import test from 'ava';
import { Buffer } from 'node:buffer';
import hostZlib from 'node:zlib';
import process from '@n10/process';
import type { ProcessInternals } from '@n10/process/internal';
import { Mode } from '../src/handle';
import type { ZlibHandle } from '../src/handle';
import { isUsableSystemZlib, nativeDeflateClass, setHistoryLimit } from '../src/native-deflate';
import type { SystemZlibConstructor } from '../src/native-deflate';
import { PortableZlib } from '../src/pako-handle';
import { hex, prng } from './helpers/util';

const internals = (process as unknown as Record<symbol, ProcessInternals | undefined>)[Symbol.for('n10.process.internals')];
const binding = internals ? (internals.native() as { Zlib?: unknown } | null) : null;
const usable = binding !== null && isUsableSystemZlib(binding.Zlib);
const NativeDeflate = usable ? nativeDeflateClass((binding as { Zlib: SystemZlibConstructor }).Zlib, PortableZlib) : null;

function prose(n: number, seed: number): Uint8Array {
  const words = ['the ', 'quick ', 'brown ', 'fox ', 'zlib ', 'node ', '\n', 'of ', 'a ', 'deflate '];
  const r = prng(seed);
  const b = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    const w = words[r(words.length)] as string;
    for (let k = 0; k < w.length && i < n; k++) b[i++] = w.charCodeAt(k);
  }
  return b;
}

type Step = [flush: number, input: Uint8Array];

// Runs the steps as the streams do (the same step again while the output space runs out),
// and returns the output, one hex string per write call.
async function drive(handle: ZlibHandle, steps: Step[], slab = 16384): Promise<string[]> {
  const outputs: string[] = [];
  handle.onerror = (message) => {
    throw new Error(message);
  };
  for (const [flush, input] of steps) {
    let off = 0;
    for (;;) {
      const out = new Uint8Array(slab);
      const [availIn, availOut] = await new Promise<[number, number]>((resolve) => {
        handle.write(flush, input, off, input.length - off, out, 0, out.length);
        handle.callback = (a, b) => resolve([a, b]);
      });
      outputs.push(hex(out.subarray(0, out.length - availOut)));
      off = input.length - availIn;
      if (availOut !== 0) break;
    }
  }
  return outputs;
}

async function both(mode: number, init: [number, number, number, number, Uint8Array?], steps: Step[], slab = 16384): Promise<[string[], string[]]> {
  const a = new (NativeDeflate as NonNullable<typeof NativeDeflate>)(mode);
  const b = new PortableZlib(mode);
  a.init(...init);
  b.init(...init);
  const result: [string[], string[]] = [await drive(a, steps, slab), await drive(b, steps, slab)];
  a.close();
  b.close();
  return result;
}

test('the binding has a system zlib whose deflate gives 1.2.3\'s bytes (compression streams use it)', (t) => {
  if (!binding) return t.pass('no binding here');
  t.true(usable);
});

test.serial('a native deflate handle moves to the portable one at the first partial, sync or full flush, with 1.2.3\'s bytes', async (t) => {
  if (!NativeDeflate) return t.pass('no system zlib');
  const text = prose(200000, 3);
  for (const mode of [Mode.DEFLATE, Mode.GZIP, Mode.DEFLATERAW]) {
    for (const flush of [1, 2, 3]) {
      const steps: Step[] = [
        [0, text.subarray(0, 70000)],
        [0, text.subarray(70000, 90000)],
        [flush, text.subarray(90000, 91000)],
        [0, text.subarray(91000, 150000)],
        [3, new Uint8Array(0)],
        [4, text.subarray(150000)],
      ];
      const [native, portable] = await both(mode, [15, -1, 8, 0], steps);
      t.deepEqual(native, portable, `mode ${mode} flush ${flush}`);
    }
  }
});

test.serial("a native deflate handle makes 1.2.3's steps (what each call writes out, how much input it takes) at every level, window and memLevel", async (t) => {
  if (!NativeDeflate) return t.pass('no system zlib');
  const r = prng(17);
  const noise = new Uint8Array(90000).map(() => r(256));
  const data = new Uint8Array(400000);
  data.set(prose(150000, 7), 0);
  data.set(noise, 150000);
  data.set(prose(160000, 8), 240000);
  for (const [wb, level, mem, strategy] of [[15, -1, 8, 0], [15, 1, 8, 0], [15, 9, 9, 1], [9, 4, 1, 4], [12, 7, 3, 0], [15, 2, 8, 0]] as const) {
    for (const size of [1000, 16384, 70000]) {
      const steps: Step[] = [];
      for (let i = 0; i < data.length; i += size) steps.push([0, data.subarray(i, i + size)]);
      steps.push([4, new Uint8Array(0)]);
      for (const mode of [Mode.DEFLATE, Mode.GZIP, Mode.DEFLATERAW]) {
        const [native, portable] = await both(mode, [wb, level, mem, strategy], steps);
        t.deepEqual(native, portable, `${wb},${level},${mem},${strategy} writes of ${size}, mode ${mode}`);
      }
    }
  }
});

test.serial("a native deflate stream that has taken more than HISTORY_LIMIT bytes stays on the system's zlib, with 1.2.3's bytes and steps", async (t) => {
  if (!NativeDeflate) return t.pass('no system zlib');
  const text = prose(300000, 21);
  setHistoryLimit(50000);
  try {
    for (const size of [20000, 70000]) {
      const steps: Step[] = [];
      for (let i = 0; i < text.length; i += size) steps.push([0, text.subarray(i, i + size)]);
      steps.push([4, new Uint8Array(0)]);
      for (const mode of [Mode.DEFLATE, Mode.GZIP, Mode.DEFLATERAW]) {
        const [native, portable] = await both(mode, [15, -1, 8, 0], steps);
        t.deepEqual(native, portable, `writes of ${size}, mode ${mode}`);
      }
    }
  } finally {
    setHistoryLimit(1024 * 1024);
  }
});

test.serial("a partial, sync or full flush past HISTORY_LIMIT runs on the system's zlib: 1.2.3's bytes up to the flush, the same data after", async (t) => {
  if (!NativeDeflate) return t.pass('no system zlib');
  const text = prose(300000, 22);
  const inflaters: Record<number, (b: Uint8Array) => Uint8Array> = {
    [Mode.DEFLATE]: (b) => hostZlib.inflateSync(b),
    [Mode.GZIP]: (b) => hostZlib.gunzipSync(b),
    [Mode.DEFLATERAW]: (b) => hostZlib.inflateRawSync(b),
  };
  setHistoryLimit(50000);
  try {
    for (const mode of [Mode.DEFLATE, Mode.GZIP, Mode.DEFLATERAW]) {
      for (const flush of [1, 2, 3]) {
        for (const slab of [16384, 100]) {
          const steps: Step[] = [];
          for (let i = 0; i < 200000; i += 20000) steps.push([0, text.subarray(i, i + 20000)]);
          steps.push([flush, text.subarray(200000, 201000)]);
          const head = steps.length;
          steps.push([flush, new Uint8Array(0)], [0, text.subarray(201000, 260000)], [flush, text.subarray(260000, 260001)], [4, text.subarray(260001)]);
          const a = new (NativeDeflate as NonNullable<typeof NativeDeflate>)(mode);
          const b = new PortableZlib(mode);
          a.init(15, -1, 8, 0);
          b.init(15, -1, 8, 0);
          const before = await drive(a, steps.slice(0, head - 1), slab);
          const expected = await drive(b, steps.slice(0, head - 1), slab);
          t.deepEqual(before, expected, `before the flush: mode ${mode} flush ${flush} slab ${slab}`);
          const after = await drive(a, steps.slice(head - 1), slab);
          const expectedAfter = await drive(b, steps.slice(head - 1, head), slab);
          // The write with the flush: 1.2.3's bytes but for its last few (1.2.3 could end the
          // block before the marker elsewhere, or add an empty block before it; after a
          // partial flush it kept up to 16 bits back).
          const flushed = after.join('');
          const flushedExpected = expectedAfter.join('');
          const common = flushedExpected.length - 16;
          t.is(flushed.slice(0, common), flushedExpected.slice(0, common), `the flush: mode ${mode} flush ${flush} slab ${slab}`);
          const all = Buffer.from(before.join('') + flushed, 'hex');
          t.is(Buffer.from(inflaters[mode]!(all)).toString('latin1'), Buffer.from(text).toString('latin1'), `data: mode ${mode} flush ${flush} slab ${slab}`);
          a.close();
          b.close();
        }
      }
    }
  } finally {
    setHistoryLimit(1024 * 1024);
  }
});

test.serial('a native deflate handle hands level 0, Z_RLE, Z_HUFFMAN_ONLY, windowBits 8 and a dictionary to the portable handle', async (t) => {
  if (!NativeDeflate) return t.pass('no system zlib');
  const text = prose(100000, 5);
  const steps: Step[] = [
    [0, text.subarray(0, 60000)],
    [2, text.subarray(60000, 61000)],
    [4, text.subarray(61000)],
  ];
  const cases: [number, number, number, number, Uint8Array?][] = [
    [15, 0, 8, 0],
    [15, 6, 8, 3],
    [15, 6, 8, 2],
    [8, 6, 8, 0],
    [15, 6, 8, 0, prose(3000, 9)],
  ];
  for (const init of cases) {
    const [native, portable] = await both(Mode.DEFLATE, init, steps);
    t.deepEqual(native, portable, init.slice(0, 4).join(','));
  }
});

test('a native deflate handle refuses misuse with the portable handle\'s messages', async (t) => {
  if (!NativeDeflate) return t.pass('no system zlib');
  const out = new Uint8Array(64);
  const h = new NativeDeflate(Mode.GZIP);
  t.true(h instanceof PortableZlib);
  t.throws(() => h.write(0, null, 0, 0, out, 0, 64), { message: 'write before init' });
  t.throws(() => new NativeDeflate(Mode.GZIP).close(), { message: 'close before init' });
  t.throws(() => h.init(16, -1, 8, 0), { message: 'invalid windowBits' });
  h.init(15, -1, 8, 0);
  h.write(4, new Uint8Array([104, 105]), 0, 2, out, 0, 64);
  t.throws(() => h.write(0, null, 0, 0, out, 0, 64), { message: 'write already in progress' });
  t.throws(() => h.close(), { message: 'write in progress' });
  await new Promise<void>((resolve) => {
    h.callback = () => resolve();
  });
  h.close();
  t.throws(() => h.write(0, null, 0, 0, out, 0, 64), { message: 'already finalized' });
});
