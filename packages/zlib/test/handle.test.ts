// zlib.Zlib: the handle class under the streams (0.10's binding.Zlib), and the seam where
// another implementation (a native zlib) plugs in.
import test from 'ava';
import zlib from '../src/index';
import { Mode, setHandleClass } from '../src/handle';
import type { ZlibHandle } from '../src/handle';
import { Buffer, hex, run } from './helpers/util';

test('zlib.Zlib: new Zlib(mode) takes an int32 mode from DEFLATE (1) to UNZIP (7), else TypeError Bad argument', (t) => {
  for (const bad of [undefined, 0, 8, '1', 1.5]) t.throws(() => new zlib.Zlib(bad as number), { instanceOf: TypeError, message: 'Bad argument' });
  t.notThrows(() => new zlib.Zlib(Mode.UNZIP));
  t.is(zlib.Zlib.name, 'Zlib');
  t.is(zlib.Zlib.length, 0);
  t.deepEqual(Object.keys(zlib.Zlib.prototype), ['write', 'init', 'close', 'reset']);
  t.deepEqual(Object.keys(new zlib.Zlib(1)), []);
});

test("zlib.Zlib: new Zlib(bad mode)'s TypeError has its stack start in the caller (0.10's constructor was C++)", (t) => {
  const Z = zlib.Zlib as unknown as new (mode: unknown) => ZlibHandle;
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, frames) => frames;
  try {
    const makesOne = function makesOne(): unknown {
      return new Z(9);
    };
    const err = t.throws(makesOne) as unknown as { stack: { getFunctionName(): string | null }[] };
    t.regex(String(err.stack[0].getFunctionName()), /^makesOne\d*$/, 'the caller (a bundle may number its name), not checkMode nor the constructor');
  } finally {
    Error.prepareStackTrace = saved;
  }
});

test('zlib.Zlib: init() checks its ranges; write() answers later through this.callback(availIn, availOut)', async (t) => {
  const h = new zlib.Zlib(Mode.DEFLATE);
  t.throws(() => h.init(16, -1, 8, 0), { message: 'invalid windowBits' });
  t.throws(() => h.init(15, 10, 8, 0), { message: 'invalid compression level' });
  t.throws(() => h.init(15, -1, 0, 0), { message: 'invalid memlevel' });
  t.throws(() => h.init(15, -1, 8, 5), { message: 'invalid strategy' });
  t.is(h.init(15, -1, 8, 0), undefined);
  const out = new Buffer(100);
  const input = new Buffer('hello');
  const [self, availIn, availOut, args] = await new Promise<[unknown, number, number, number]>((resolve) => {
    const req = h.write(zlib.Z_FINISH, input, 0, 5, out, 0, 100);
    t.is(req, h);
    t.throws(() => h.write(zlib.Z_FINISH, input, 0, 5, out, 0, 100), { message: 'write already in progress' });
    req.callback = function (this: unknown, a: number, b: number) {
      resolve([this, a, b, arguments.length]);
    };
  });
  t.is(self, h);
  t.is(availIn, 0);
  t.is(availOut, 87);
  t.is(args, 2);
  t.is(hex(out.slice(0, 13)), '789ccb48cdc9c90700062c0215');
  t.throws(() => h.write(0, input, 3, 5, out, 0, 100), { message: 'in_off + in_len <= Buffer::Length(in_buf)' });
  t.throws(() => h.write(0, input, 0, 5, out, 50, 100), { message: 'out_off + out_len <= Buffer::Length(out_buf)' });
  h.close();
  h.close();
  t.throws(() => h.write(0, null, 0, 0, out, 0, 100), { message: 'already finalized' });
});

test('zlib.Zlib: a fatal status calls this.onerror(message, errno) instead', async (t) => {
  const h = new zlib.Zlib(Mode.INFLATE);
  h.init(15, -1, 8, 0);
  const [message, errno] = await new Promise<[string, number]>((resolve) => {
    h.onerror = (m: string, e: number) => resolve([m, e]);
    h.callback = () => t.fail();
    h.write(0, new Buffer('garbage'), 0, 7, new Buffer(64), 0, 64);
  });
  t.is(message, 'incorrect header check');
  t.is(errno, -3);
});

test('the seam: the streams work on any handle class with the same vocabulary', async (t) => {
  // A handle that "compresses" by copying (a stand-in for a native zlib from @n10/binding).
  const calls: string[] = [];
  function CopyHandle(this: ZlibHandle & { mode: number }, mode: number) {
    this.mode = mode;
  }
  CopyHandle.prototype.init = function (...args: unknown[]) {
    calls.push('init ' + args.slice(0, 4).join(','));
  };
  CopyHandle.prototype.write = function (this: ZlibHandle, flush: number, input: Uint8Array | null, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number) {
    const n = Math.min(inLen, outLen);
    if (input) out.set(input.subarray(inOff, inOff + n), outOff);
    calls.push('write ' + flush + ' ' + n);
    setTimeout(() => this.callback!(inLen - n, outLen - n), 0);
    return this;
  };
  CopyHandle.prototype.reset = function () {};
  CopyHandle.prototype.close = function () {
    calls.push('close');
  };
  setHandleClass(CopyHandle as never);
  try {
    const input = new Buffer(100);
    input.fill(97);
    const r = await run(zlib.createGzip({ chunkSize: 64, level: 3 }), input);
    t.is(r.data.toString(), 'a'.repeat(100));
    t.deepEqual(r.chunks.map((c) => c.length), [64, 36]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    t.deepEqual(calls, ['init 15,3,8,0', 'write 0 64', 'write 0 36', 'write 4 0', 'close']);
  } finally {
    setHandleClass(undefined);
  }
});
