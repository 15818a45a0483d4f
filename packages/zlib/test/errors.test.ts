// 'error' events: zlib's messages with errno and code, and what the stream does afterwards.
import test from 'ava';
import zlib from '../src/index';
import { Buffer, collect, run } from './helpers/util';

const hello = new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex');
const zhello = new Buffer('789ccb48cdc9c90700062c0215', 'hex');

const cases: [string, 'Inflate' | 'Gunzip' | 'Unzip' | 'InflateRaw', Uint8Array, string][] = [
  ['garbage', 'Inflate', new Buffer('hello world garbage'), 'incorrect header check'],
  ['garbage', 'Gunzip', new Buffer('hello world garbage'), 'incorrect header check'],
  ['garbage', 'Unzip', new Buffer('hello world garbage'), 'incorrect header check'],
  ['garbage', 'InflateRaw', new Buffer('ffffffff2068656c6c6f', 'hex'), 'invalid block type'],
  ['gzip data', 'Inflate', hello, 'incorrect header check'],
  ['zlib data', 'Gunzip', zhello, 'incorrect header check'],
  ['a bad adler32', 'Inflate', new Buffer('789ccb48cdc9c90700062c0216', 'hex'), 'incorrect data check'],
  ['a bad crc32', 'Gunzip', Buffer.concat([hello.slice(0, hello.length - 8), new Buffer('0000000005000000', 'hex')]), 'incorrect data check'],
  ['a bad length', 'Gunzip', Buffer.concat([hello.slice(0, hello.length - 4), new Buffer('06000000', 'hex')]), 'incorrect length check'],
  ['a bad method', 'Gunzip', new Buffer('1f8b0700000000000003cb48', 'hex'), 'unknown compression method'],
  ['bad flags', 'Gunzip', new Buffer('1f8b08e0000000000003cb48', 'hex'), 'unknown header flags set'],
  ['a bad window size', 'Inflate', new Buffer('f89ccb48', 'hex'), 'incorrect header check'],
  ['a bad block type', 'Inflate', new Buffer('789c07', 'hex'), 'invalid block type'],
];

for (const [what, kind, data, message] of cases) {
  test(`Class: zlib.${kind} given ${what}: 'error' with message '${message}', errno -3, code Z_DATA_ERROR`, async (t) => {
    const r = await run(new zlib[kind](), data as never);
    t.truthy(r.error);
    const e = r.error as Error & { errno: number; code: string };
    t.true(e instanceof Error);
    t.is(e.message, message);
    t.is(e.errno, -3);
    t.is(e.code, 'Z_DATA_ERROR');
    t.deepEqual(Object.keys(e), ['errno', 'code']);
  });
}

test('the output of the failing step is not emitted (0.10 reported the error instead)', async (t) => {
  const r = await run(zlib.createInflate(), new Buffer('789ccb48cdc9c90700062c0216', 'hex'));
  t.deepEqual(r.events, ['error']);
  const split = await run(zlib.createInflate(), new Buffer('789ccb48cdc9c90700062c0216', 'hex'), 3);
  t.deepEqual(split.events, ['data', 'data', 'error']);
});

test('after an error: the handle is gone, reset() and close() throw 0.10\'s TypeError, writes wait forever', async (t) => {
  const z = zlib.createInflate();
  const r = collect(z);
  z.write(new Buffer('garbage'));
  await r;
  t.is(z._binding, null);
  t.true(z._hadError);
  t.throws(() => z.reset(), { instanceOf: TypeError, message: "Cannot call method 'reset' of null" });
  t.throws(() => z.close(), { instanceOf: TypeError, message: "Cannot call method 'close' of null" });
  let called = false;
  t.notThrows(() => z.write(new Buffer('more'), () => (called = true)));
  t.notThrows(() => z.end());
  await new Promise((resolve) => setTimeout(resolve, 20));
  t.false(called);
});

test('where 0.10 failed a native assertion (and aborted), n10 throws an Error', (t) => {
  const z = zlib.createDeflate();
  z.close();
  t.throws(() => z.write('x'), { message: 'already finalized' });
  const w = zlib.createDeflate();
  w.write('x');
  t.throws(() => w.close(), { message: 'write in progress' });
  t.throws(() => new zlib.Deflate({ windowBits: 'x' } as never), { message: 'invalid windowBits' });
  t.throws(() => new zlib.Deflate({ memLevel: 'x' } as never), { message: 'invalid memlevel' });
});
