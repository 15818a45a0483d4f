// zlib.flush(callback), zlib.reset(), close([callback]).
import test from 'ava';
import zlib from '../src/index';
import type { ZlibStream } from '../src/index';
import { Buffer, collect, hex, run } from './helpers/util';

function dataLog(z: ZlibStream): string[] {
  const log: string[] = [];
  z.on('data', (d: Uint8Array) => log.push(hex(d)));
  return log;
}

const flushed = (z: ZlibStream) => new Promise<void>((resolve) => z.flush(() => resolve()));

test('zlib.flush(callback): what was written comes out, ending in a full-flush marker, then the callback', async (t) => {
  const z = zlib.createDeflate();
  const log = dataLog(z);
  z.write('hello');
  await flushed(z);
  t.deepEqual(log, ['789c', 'ca48cdc9c907000000ffff']);
  z.write('world');
  await flushed(z);
  t.is(log[2], '2acf2fca4901000000ffff');
  const done = collect(z);
  z.end('!');
  await done;
  t.is(log[3], '5304001b94045e');
});

test('zlib.flush(callback) is a full flush: later data never refers to earlier data', async (t) => {
  const z = zlib.createDeflateRaw();
  const log = dataLog(z);
  z.write('abcdefabcdef');
  await flushed(z);
  const done = collect(z);
  z.end('abcdefabcdefabcdef');
  await done;
  t.deepEqual(log, ['4a4c4a4e494d4b049300000000ffff', '4b4c4a4e494d432601']);
});

test('zlib.flush(callback) with nothing written sends an empty block and the marker (zlib 1.2.3)', async (t) => {
  const z = zlib.createDeflate();
  const log = dataLog(z);
  await flushed(z);
  t.deepEqual(log, ['789c02000000ffff']);
  await flushed(z);
  t.deepEqual(log, ['789c02000000ffff'], 'a repeated flush adds nothing');
  z.close();
});

test('zlib.flush(callback) after end() calls back on the next tick; on a stream whose writes are waiting, after them', async (t) => {
  const z = zlib.createDeflate();
  const done = collect(z);
  z.end('x');
  const order: string[] = [];
  z.flush(() => order.push('flush'));
  z.on('finish', () => order.push('finish'));
  await done;
  t.deepEqual(order, ['flush', 'finish']);

  const q = zlib.createDeflateRaw();
  const log = dataLog(q);
  q.write('aaaa');
  q.write('bbbb');
  q.flush(() => log.push('flushed'));
  q.write('cccc');
  const qd = collect(q);
  q.end();
  await qd;
  t.deepEqual(log, ['4a4c4c4c4c020200000000ffff', 'flushed', '4b060200']);
});

test('zlib.reset(): deflate and inflate start afresh; gzip, gunzip and unzip are left as they are', async (t) => {
  const d = zlib.createDeflateRaw();
  const log = dataLog(d);
  d.write('abcabcabc');
  await flushed(d);
  t.is(d.reset(), undefined);
  d.write('abcabcabc');
  await flushed(d);
  t.is(log[0], log[1]);
  d.close();

  const g = zlib.createGzip();
  const glog = dataLog(g);
  g.write('abcabc');
  await flushed(g);
  g.reset();
  const gd = collect(g);
  g.end('abcabc');
  await gd;
  t.deepEqual(glog, ['1f8b0800000000000003', '4a4c4a4e4c4a06000000ffff', '4b4c4a062200342a6e5a0c000000']);

  const i = zlib.createInflate();
  const ilog = dataLog(i);
  await new Promise<void>((resolve) => i.write(new Buffer('789ccb48cd', 'hex'), () => resolve()));
  i.reset();
  const id = collect(i);
  i.end(new Buffer('789ccb48cdc9c90700062c0215', 'hex'));
  await id;
  t.deepEqual(ilog, ['6865', '68656c6c6f']);
});

test('zlib.reset() on a deflate stream with a dictionary sets the dictionary again', async (t) => {
  const d = zlib.createDeflate({ dictionary: new Buffer('hello world dictionary') });
  const log = dataLog(d);
  d.write('hello world');
  await flushed(d);
  d.reset();
  const done = collect(d);
  d.end('hello world dictionary');
  await done;
  t.deepEqual(log, ['78bb622008b3', 'ca408802000000ffff', '78bb622008b3', 'cbc02a0a00622008b3']);
});

test("close([callback]): the callback on the next tick, 'close' after it, once however often it is called", async (t) => {
  const z = zlib.createDeflate();
  const order: string[] = [];
  z.on('close', () => order.push('close'));
  z.close(() => order.push('cb1'));
  z.close(() => order.push('cb2'));
  order.push('sync');
  await new Promise((resolve) => setTimeout(resolve, 10));
  t.deepEqual(order, ['sync', 'cb1', 'close', 'cb2']);
  t.true(z._closed);
});

test('the write callbacks and the data come in order, each write answered after the ticks queued with it', async (t) => {
  const z = zlib.createDeflate();
  const order: string[] = [];
  z.on('data', () => order.push('data'));
  z.write('a', () => order.push('cb a'));
  z.write('b', () => order.push('cb b'));
  Promise.resolve().then(() => order.push('microtask'));
  const done = collect(z);
  z.end('c', () => order.push('cb end'));
  await done;
  t.deepEqual(order.slice(0, 4), ['microtask', 'data', 'cb a', 'cb b']);
  t.true(order.includes('cb end'));
  void run;
});
