// The module face: Constants, codes, the classes and create* functions, zlib.Zlib.
import test from 'ava';
import stream from '@n10/stream';
import zlib from '../src/index';

const CONSTANTS: [string, number | string][] = [
  ['Z_NO_FLUSH', 0],
  ['Z_PARTIAL_FLUSH', 1],
  ['Z_SYNC_FLUSH', 2],
  ['Z_FULL_FLUSH', 3],
  ['Z_FINISH', 4],
  ['Z_BLOCK', 5],
  ['Z_OK', 0],
  ['Z_STREAM_END', 1],
  ['Z_NEED_DICT', 2],
  ['Z_ERRNO', -1],
  ['Z_STREAM_ERROR', -2],
  ['Z_DATA_ERROR', -3],
  ['Z_MEM_ERROR', -4],
  ['Z_BUF_ERROR', -5],
  ['Z_VERSION_ERROR', -6],
  ['Z_NO_COMPRESSION', 0],
  ['Z_BEST_SPEED', 1],
  ['Z_BEST_COMPRESSION', 9],
  ['Z_DEFAULT_COMPRESSION', -1],
  ['Z_FILTERED', 1],
  ['Z_HUFFMAN_ONLY', 2],
  ['Z_RLE', 3],
  ['Z_FIXED', 4],
  ['Z_DEFAULT_STRATEGY', 0],
  ['ZLIB_VERNUM', 4656],
  ['ZLIB_VERSION', '1.2.3'],
  ['Z_MIN_WINDOWBITS', 8],
  ['Z_MAX_WINDOWBITS', 15],
  ['Z_DEFAULT_WINDOWBITS', 15],
  ['Z_MIN_CHUNK', 64],
  ['Z_MAX_CHUNK', Infinity],
  ['Z_DEFAULT_CHUNK', 16384],
  ['Z_MIN_MEMLEVEL', 1],
  ['Z_MAX_MEMLEVEL', 9],
  ['Z_DEFAULT_MEMLEVEL', 8],
  ['Z_MIN_LEVEL', -1],
  ['Z_MAX_LEVEL', 9],
  ['Z_DEFAULT_LEVEL', -1],
];

const CLASSES = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip'] as const;

test("Constants: the Z_* values and limits of 0.10, in 0.10's order after zlib.Zlib", (t) => {
  const keys = Object.keys(zlib);
  t.is(keys[0], 'Zlib');
  t.deepEqual(keys.slice(1, 1 + CONSTANTS.length), CONSTANTS.map(([k]) => k));
  const z = zlib as unknown as Record<string, unknown>;
  for (const [k, v] of CONSTANTS) t.is(z[k], v, k);
});

test('Constants: zlib 1.2.3 had no Z_TREES, and 0.10 exported no data_type, Z_DEFLATED or Z_NULL', (t) => {
  for (const k of ['Z_TREES', 'Z_BINARY', 'Z_TEXT', 'Z_ASCII', 'Z_UNKNOWN', 'Z_DEFLATED', 'Z_NULL']) t.false(k in zlib, k);
});

test('zlib.codes maps status names to numbers and back', (t) => {
  t.is(zlib.codes.Z_DATA_ERROR, -3);
  t.is(zlib.codes['-3'], 'Z_DATA_ERROR');
  t.is(zlib.codes[2], 'Z_NEED_DICT');
  t.deepEqual(Object.keys(zlib.codes), [
    '0', '1', '2', 'Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR',
    'Z_BUF_ERROR', 'Z_VERSION_ERROR', '-1', '-2', '-3', '-4', '-5', '-6',
  ]);
});

test("the module's keys: classes, then create*, then the convenience methods, in 0.10's order", (t) => {
  const keys = Object.keys(zlib);
  t.deepEqual(keys.slice(1 + CONSTANTS.length), [
    'codes', ...CLASSES,
    'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip',
    'deflate', 'gzip', 'deflateRaw', 'unzip', 'inflate', 'gunzip', 'inflateRaw',
  ]);
});

for (const name of CLASSES) {
  test(`Class: zlib.${name} is a Transform, callable with or without new; zlib.create${name}([options]) returns one`, (t) => {
    const C = zlib[name];
    t.is(C.name, name);
    t.is(C.length, 1);
    const a = new C();
    const b = C();
    const c = (zlib as unknown as Record<string, (o?: object) => unknown>)[`create${name}`]({ chunkSize: 1024 });
    for (const s of [a, b, c]) {
      t.true(s instanceof C);
      t.true(s instanceof stream.Transform);
    }
    t.is((c as { _chunkSize: number })._chunkSize, 1024);
    t.is(Object.getPrototypeOf(a).constructor, C);
    t.deepEqual(Object.getOwnPropertyNames(C.prototype), ['constructor']);
    a.close();
    b.close();
    (c as { close(): void }).close();
  });
}

test('Class: zlib.Zlib (the base) is not on the module, and is the super_ of every class', (t) => {
  const Base = zlib.Gzip.super_;
  t.is(Base.name, 'Zlib');
  t.not(Base as unknown, zlib.Zlib as unknown);
  for (const name of CLASSES) t.is(zlib[name].super_, Base);
  t.is((Base as unknown as { super_: unknown }).super_, stream.Transform);
  t.deepEqual(Object.getOwnPropertyNames(Base.prototype), ['constructor', 'reset', '_flush', 'flush', 'close', '_transform']);
  t.deepEqual(Object.keys(Base.prototype), ['reset', '_flush', 'flush', 'close', '_transform']);
  t.is(Base.prototype.reset.name, 'reset');
  t.is(Base.prototype.flush.name, '');
});

test("a stream's own properties, in 0.10's order", (t) => {
  const g = zlib.createGzip();
  t.deepEqual(Object.keys(g), [
    '_opts', '_chunkSize', '_readableState', 'readable', 'domain', '_events', '_maxListeners', '_writableState', 'writable',
    'allowHalfOpen', '_transformState', '_flushFlag', '_binding', '_hadError', '_buffer', '_offset', '_closed',
  ]);
  t.deepEqual(g._opts, {});
  t.is(g._chunkSize, 16384);
  t.is(g._buffer.length, 16384);
  t.true(g._binding instanceof zlib.Zlib);
  g.close();
});

test('create* and the convenience methods are anonymous, with 0.10 lengths', (t) => {
  const z = zlib as unknown as Record<string, Function>;
  for (const k of ['createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip']) {
    t.is(z[k].name, '', k);
    t.is(z[k].length, 1, k);
  }
  for (const k of ['deflate', 'gzip', 'deflateRaw', 'unzip', 'inflate', 'gunzip', 'inflateRaw']) {
    t.is(z[k].name, '', k);
    t.is(z[k].length, 2, k);
  }
});
