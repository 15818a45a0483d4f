// Options: chunkSize, windowBits, level, memLevel, strategy, dictionary, flush — 0.10's checks
// and messages, and what each value does.
import test from 'ava';
import zlib from '../src/index';
import type { ZlibOptions } from '../src/index';
import { Buffer, collect, hex, run, text } from './helpers/util';
import { siteOfThrow } from '../../../tools/test-throw-sites';

const make = (o: unknown) => () => new zlib.Deflate(o as ZlibOptions);

test('Options: out-of-range values throw 0.10\'s errors', (t) => {
  const cases: [unknown, string][] = [
    [{ flush: 6 }, 'Invalid flush flag: 6'],
    [{ flush: '2' }, 'Invalid flush flag: 2'],
    [{ flush: -1 }, 'Invalid flush flag: -1'],
    [{ chunkSize: 63 }, 'Invalid chunk size: 63'],
    [{ chunkSize: -5 }, 'Invalid chunk size: -5'],
    [{ chunkSize: true }, 'Invalid chunk size: true'],
    [{ windowBits: 7 }, 'Invalid windowBits: 7'],
    [{ windowBits: 16 }, 'Invalid windowBits: 16'],
    [{ windowBits: Infinity }, 'Invalid windowBits: Infinity'],
    [{ level: -2 }, 'Invalid compression level: -2'],
    [{ level: 10 }, 'Invalid compression level: 10'],
    [{ memLevel: 10 }, 'Invalid memLevel: 10'],
    [{ memLevel: -1 }, 'Invalid memLevel: -1'],
    [{ strategy: 5 }, 'Invalid strategy: 5'],
    [{ strategy: 1.5 }, 'Invalid strategy: 1.5'],
    [{ strategy: 'x' }, 'Invalid strategy: x'],
    [{ dictionary: 'abc' }, 'Invalid dictionary: it should be a Buffer instance'],
    [{ dictionary: [1, 2] }, 'Invalid dictionary: it should be a Buffer instance'],
    [{ flush: 9, chunkSize: 1, windowBits: 1 }, 'Invalid flush flag: 9'],
    [{ chunkSize: 1, windowBits: 1 }, 'Invalid chunk size: 1'],
  ];
  for (const [o, message] of cases) {
    const e = t.throws(make(o));
    t.is(e && e.constructor, Error);
    t.is(e && e.message, message, JSON.stringify(o));
    t.throws(() => new zlib.Inflate(o as ZlibOptions), { message });
  }
});

test('Options: falsy values and loose matches pass, as in 0.10', (t) => {
  for (const o of [{ level: 0 }, { level: '5' }, { level: 'x' }, { windowBits: 0 }, { windowBits: '9' }, { memLevel: '3' }, { strategy: '1' }, { strategy: true }, { chunkSize: 0 }, { dictionary: null }, { flush: 0 }, null, 'abc', 5]) {
    t.notThrows(() => new zlib.Deflate(o as ZlibOptions).close(), JSON.stringify(o));
  }
});

test('Options: what non-number level and strategy mean (the defaults), and fractional ones (truncated)', async (t) => {
  const input = text(3000, 2);
  const deflt = hex((await run(zlib.createDeflate(), input)).data);
  t.is(hex((await run(zlib.createDeflate({ level: '9' } as unknown as ZlibOptions), input)).data), deflt);
  t.is(hex((await run(zlib.createDeflate({ strategy: '1' } as unknown as ZlibOptions), input)).data), deflt);
  t.is(hex((await run(zlib.createDeflate({ level: 3.5 }), input)).data), hex((await run(zlib.createDeflate({ level: 3 }), input)).data));
  t.is(hex((await run(zlib.createDeflate({ level: NaN }), input)).data), hex((await run(zlib.createDeflate({ level: 0 }), input)).data));
});

test('Options: chunkSize is kept as given; the output slab has that size', (t) => {
  const z = zlib.createInflate({ chunkSize: 100 });
  t.is(z._chunkSize, 100);
  t.is(z._buffer.length, 100);
  t.is(zlib.createInflate({ chunkSize: 0 })._chunkSize, 16384);
});

test('Options: level, memLevel, windowBits and strategy give valid streams for every value', async (t) => {
  const input = text(40000, 7);
  for (const level of [-1, 0, 1, 5, 9]) {
    for (const strategy of [0, 1, 2, 3, 4]) {
      for (const [windowBits, memLevel] of [[8, 1], [9, 9], [12, 4], [15, 8]]) {
        const o = { level, strategy, windowBits, memLevel };
        for (const [c, d] of [['Deflate', 'Inflate'], ['Gzip', 'Gunzip'], ['DeflateRaw', 'InflateRaw']] as const) {
          const packed = await run(new zlib[c](o), input);
          // Decompress with the largest window: 1.2.3 used 512 bytes for windowBits 8.
          const back = await run(new zlib[d](), packed.data);
          t.is(back.data.length, input.length, `${c} ${JSON.stringify(o)}`);
        }
      }
    }
  }
});

test('Options: memLevel and windowBits change the bytes as in 0.10 (smaller windows compress less)', async (t) => {
  const input = text(40000, 7);
  const small = await run(zlib.createDeflate({ windowBits: 9, memLevel: 1 }), input);
  const big = await run(zlib.createDeflate({ windowBits: 15, memLevel: 9 }), input);
  t.true(small.data.length > big.data.length);
  t.is(small.data[0], 0x18);
});

test('Options: dictionary is a preset dictionary for deflate and inflate', async (t) => {
  const dictionary = new Buffer('the quick brown fox jumps over the lazy dog');
  const input = new Buffer('the lazy dog jumps over the quick brown fox');
  const packed = await run(zlib.createDeflate({ dictionary }), input);
  t.is(hex(packed.data.slice(0, 2)), '78bb');
  t.true(packed.data.length < 30);
  t.is((await run(zlib.createInflate({ dictionary }), packed.data)).data.toString(), input.toString());
  t.is((await run(zlib.createUnzip({ dictionary }), packed.data)).data.toString(), input.toString());
  const missing = await run(zlib.createInflate(), packed.data);
  t.is(missing.error && missing.error.message, 'Missing dictionary');
  t.is(missing.error && missing.error.errno, 2);
  t.is(missing.error && missing.error.code, 'Z_NEED_DICT');
  const wrong = await run(zlib.createInflate({ dictionary: new Buffer('nope') }), packed.data);
  t.is(wrong.error && wrong.error.message, 'Bad dictionary');
  t.is(wrong.error && wrong.error.code, 'Z_NEED_DICT');
});

test('Options: dictionary shorter than 3 bytes is ignored, and gzip ignores any (zlib 1.2.3)', async (t) => {
  const plain = hex((await run(zlib.createDeflate(), 'ababab')).data);
  t.is(hex((await run(zlib.createDeflate({ dictionary: new Buffer('ab') }), 'ababab')).data), plain);
  const gz = hex((await run(zlib.createGzip(), 'ababab')).data);
  t.is(hex((await run(zlib.createGzip({ dictionary: new Buffer('ababab') }), 'ababab')).data), gz);
});

test('Options: flush is the flush value of every write', async (t) => {
  const z = zlib.createDeflate({ flush: zlib.Z_SYNC_FLUSH });
  t.is(z._flushFlag, 2);
  const chunks: string[] = [];
  z.on('data', (d: Uint8Array) => chunks.push(hex(d)));
  z.write('a');
  z.write('b');
  await new Promise<void>((resolve) => z.on('end', () => resolve()).end('c'));
  t.deepEqual(chunks, ['789c4a04000000ffff', '4a02000000ffff', '4b0600024d0127']);
});

test('Options: flush Z_FINISH finishes on the first write; Z_BLOCK is a deflate error (zlib 1.2.3)', async (t) => {
  const z = zlib.createDeflate({ flush: zlib.Z_FINISH });
  const p = collect(z);
  z.write('abc');
  z.write('def');
  z.end();
  t.is(hex((await p).data), '789c4b4c4a0600024d0127');
  const b = await run(zlib.createDeflate({ flush: zlib.Z_BLOCK }), 'abc');
  t.is(b.error && b.error.message, 'Zlib error');
  t.is(b.error && b.error.code, 'Z_STREAM_ERROR');
});

test("options: a bad option's Error notes 0.10's zlib.js line that threw it, for the runtime's uncaught report", (t) => {
  const cases: [ZlibOptions, number, string][] = [
    [{ flush: 9 }, 236, "      throw new Error('Invalid flush flag: ' + opts.flush);"],
    [{ chunkSize: 10 }, 244, "      throw new Error('Invalid chunk size: ' + opts.chunkSize);"],
    [{ windowBits: 7 }, 251, "      throw new Error('Invalid windowBits: ' + opts.windowBits);"],
    [{ level: 10 }, 258, "      throw new Error('Invalid compression level: ' + opts.level);"],
    [{ memLevel: 10 }, 265, "      throw new Error('Invalid memLevel: ' + opts.memLevel);"],
    [{ strategy: 9 }, 275, "      throw new Error('Invalid strategy: ' + opts.strategy);"],
    [{ dictionary: 'x' } as unknown as ZlibOptions, 281, "      throw new Error('Invalid dictionary: it should be a Buffer instance');"],
  ];
  for (const [opts, line, text] of cases) {
    t.deepEqual(siteOfThrow(t, () => zlib.createGzip(opts)), { file: 'zlib.js', line, text, caret: ' '.repeat(12) + '^' });
  }
});
