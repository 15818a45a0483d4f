// The convenience methods: zlib.deflate/deflateRaw/gzip/gunzip/inflate/inflateRaw/unzip(buf, callback).
import test from 'ava';
import zlib from '../src/index';
import { Buffer, call, hex, randomBytes, text } from './helpers/util';

const input = Buffer.concat([text(50000, 8), randomBytes(5000, 9)]);

test('zlib.deflate(buf, callback): the manual example, and a round trip through zlib.inflate', async (t) => {
  const packed = await call(zlib.deflate, '.................................');
  t.is(packed.toString('base64'), 'eJzT0yMAAGTvBe8=');
  t.is(hex(await call(zlib.inflate, await call(zlib.deflate, input))), hex(input));
});

test('zlib.unzip(buf, callback): the manual example', async (t) => {
  const out = await call(zlib.unzip, new Buffer('eJzT0yMAAGTvBe8=', 'base64'));
  t.is(out.toString(), '.................................');
});

test('zlib.gzip(buf, callback) and zlib.gunzip(buf, callback) round trip', async (t) => {
  const packed = await call(zlib.gzip, input);
  t.is(hex(packed.slice(0, 3)), '1f8b08');
  t.is(hex(await call(zlib.gunzip, packed)), hex(input));
  t.is(hex(await call(zlib.unzip, packed)), hex(input));
});

test('zlib.deflateRaw(buf, callback) and zlib.inflateRaw(buf, callback) round trip', async (t) => {
  const packed = await call(zlib.deflateRaw, input);
  t.is(hex(await call(zlib.inflateRaw, packed)), hex(input));
  t.is(hex(await call(zlib.deflateRaw, 'hello')), 'cb48cdc9c90700');
});

test('the convenience methods take strings as utf8, and empty input', async (t) => {
  t.is((await call(zlib.inflate, await call(zlib.deflate, 'h\u00e9llo \u2603'))).toString(), 'h\u00e9llo \u2603');
  t.is(hex(await call(zlib.deflate, '')), '789c030000000001');
  t.is((await call(zlib.gunzip, new Buffer(0))).length, 0);
});

test('the convenience methods call back with the stream error (message, errno, code), and one argument', async (t) => {
  for (const [fn, message] of [
    [zlib.inflate, 'incorrect header check'],
    [zlib.gunzip, 'incorrect header check'],
    [zlib.unzip, 'incorrect header check'],
    [zlib.inflateRaw, 'invalid block type'],
  ] as const) {
    const args = await new Promise<unknown[]>((resolve) => fn(new Buffer('\u00ff\u00ffgarbage', 'binary'), (...a: unknown[]) => resolve(a)));
    t.is(args.length, 1);
    const err = args[0] as Error & { errno: number; code: string };
    t.is(err.message, message);
    t.is(err.errno, -3);
    t.is(err.code, 'Z_DATA_ERROR');
  }
});

test('a non-string, non-Buffer input fails synchronously with the stream error', (t) => {
  let got: unknown = null;
  zlib.deflate(123 as unknown as string, (err) => {
    got = err;
  });
  t.true(got instanceof TypeError);
  t.is((got as Error).message, 'Invalid non-string/buffer chunk');
});

test('the callback comes after the ticks of the calling code', async (t) => {
  const order: string[] = [];
  await new Promise<void>((resolve) => {
    zlib.gzip('a', () => {
      order.push('gzip');
      resolve();
    });
    Promise.resolve().then(() => order.push('microtask'));
    order.push('sync');
  });
  t.deepEqual(order, ['sync', 'microtask', 'gzip']);
});

// The throw happens inside the stream's 'end' or 'error' listener; the test catches it at the
// class's emit.
function thrownFromEmit(Class: { prototype: object }, start: () => void): Promise<Error> {
  const proto = Class.prototype as { emit: (...args: unknown[]) => boolean };
  const hadOwn = Object.prototype.hasOwnProperty.call(proto, 'emit');
  const real = proto.emit;
  return new Promise<Error>((resolve) => {
    proto.emit = function (this: unknown, ...args: unknown[]) {
      try {
        return real.apply(this, args);
      } catch (e) {
        resolve(e as Error);
        return true;
      }
    };
    start();
  }).finally(() => {
    if (hadOwn) proto.emit = real;
    else delete (proto as { emit?: unknown }).emit;
  });
}

test('zlib.deflate(buf, callback) with a callback that is not a function throws V8 3.14\'s TypeError where 0.10 called it', async (t) => {
  const noCallback = await thrownFromEmit(zlib.Inflate, () => (zlib.inflate as (b: unknown) => void)(new Buffer('bad data')));
  t.is(noCallback.name, 'TypeError');
  t.is(noCallback.message, 'undefined is not a function');
  // 0.11's options argument in the callback's place: 0.10 took it for the callback.
  const options = await thrownFromEmit(zlib.Deflate, () => (zlib.deflate as (b: unknown, o: unknown, cb: unknown) => void)(new Buffer('abc'), { level: 1 }, () => {}));
  t.is(options.message, 'object is not a function');
});
