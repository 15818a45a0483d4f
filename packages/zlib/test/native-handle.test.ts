// The native handle (native-handle.ts): 0.10's handle vocabulary over @n10/binding's Zlib
// contract, checked against a stand-in that keeps that contract (here on the portable handle).
import test from 'ava';
import zlib from '../src/index';
import { Mode, setHandleClass } from '../src/handle';
import type { ZlibHandle } from '../src/handle';
import { isUsableBindingZlib, nativeHandleClass } from '../src/native-handle';
import type { BindingZlib } from '../src/native-handle';
import { PortableZlib } from '../src/pako-handle';
import { Buffer, hex, run } from './helpers/util';

// The binding's contract: write(…, req) ends with req.oncomplete(availOut, availIn, code) or
// this.onerror(strm->msg or the code's name, errno); reset() → code; the dictionary given to
// init() is used by a raw inflate; every mode resets.
const calls: string[] = [];
function FakeBinding(this: BindingZlib & { inner: ZlibHandle; mode: number }, mode: number) {
  this.mode = mode;
  this.inner = new PortableZlib(mode);
}
FakeBinding.prototype.init = function (this: { inner: ZlibHandle }, wb: number, l: number, m: number, s: number, dict?: Uint8Array | null) {
  calls.push('init dict=' + (dict ? dict.length : 'none'));
  this.inner.init(wb, l, m, s, dict || undefined);
};
FakeBinding.prototype.write = function (this: BindingZlib & { inner: ZlibHandle }, flush: number, input: Uint8Array | null, io: number, il: number, out: Uint8Array, oo: number, ol: number, req: { oncomplete(a: number, b: number, c: number): void }) {
  const self = this;
  this.inner.onerror = (message: string, errno: number) => self.onerror!(message === 'Missing dictionary' || message === 'Bad dictionary' ? 'Z_NEED_DICT' : message, errno);
  this.inner.write(flush, input, io, il, out, oo, ol).callback = (availIn: number, availOut: number) => req.oncomplete(availOut, availIn, 0);
};
FakeBinding.prototype.writeSync = function () {
  return [11, 0, 1];
};
FakeBinding.prototype.reset = function (this: { inner: ZlibHandle }) {
  calls.push('reset');
  this.inner.reset();
  return 0;
};
FakeBinding.prototype.close = function (this: { inner: ZlibHandle }) {
  calls.push('close');
  this.inner.close();
};
const Native = nativeHandleClass(FakeBinding as never);

test.serial('the native handle inflates through the binding contract, callback(availIn, availOut) as 0.10', async (t) => {
  setHandleClass(Native);
  try {
    const packed = (await run(zlib.createDeflate(), 'hello hello hello')).data;
    const r = await run(zlib.createInflate({ chunkSize: 64 }), packed, 3);
    t.is(r.data.toString(), 'hello hello hello');
    const gz = await run(zlib.createGunzip(), new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex'));
    t.is(gz.data.toString(), 'hello');
  } finally {
    setHandleClass(undefined);
  }
});

test.serial("the native handle gives 0.10's messages for zlib codes without one, and withholds a raw inflate's dictionary", async (t) => {
  setHandleClass(Native);
  calls.length = 0;
  try {
    const dictionary = new Buffer('hello world dictionary');
    const packed = (await run(zlib.createDeflate({ dictionary }), 'hello world')).data;
    const missing = await run(zlib.createInflate(), packed);
    t.is(missing.error && missing.error.message, 'Missing dictionary');
    const bad = await run(zlib.createInflate({ dictionary: new Buffer('other') }), packed);
    t.is(bad.error && bad.error.message, 'Bad dictionary');
    t.is(bad.error && (bad.error as { code?: string }).code, 'Z_NEED_DICT');
    const garbage = await run(zlib.createInflate(), new Buffer('garbage'));
    t.is(garbage.error && garbage.error.message, 'incorrect header check');
    const raw = zlib.createInflateRaw({ dictionary });
    raw.close();
    t.true(calls.includes('init dict=none'));
  } finally {
    setHandleClass(undefined);
  }
});

test.serial('the native handle resets inflate streams only (0.10), and refuses misuse like the portable one', async (t) => {
  calls.length = 0;
  const g = new Native(Mode.GUNZIP);
  g.init(15, -1, 8, 0);
  g.reset();
  const i = new Native(Mode.INFLATE);
  i.init(15, -1, 8, 0);
  i.reset();
  t.deepEqual(calls, ['init dict=none', 'init dict=none', 'reset']);
  t.throws(() => new Native(9), { instanceOf: TypeError, message: 'Bad argument' });
  t.throws(() => i.init(16, -1, 8, 0), { message: 'invalid windowBits' });
  const out = new Buffer(64);
  i.write(0, new Buffer('789ccb48cdc9c90700062c0215', 'hex'), 0, 13, out, 0, 64);
  t.throws(() => i.write(0, null, 0, 0, out, 0, 64), { message: 'write already in progress' });
  t.throws(() => i.close(), { message: 'write in progress' });
  const [availIn, availOut] = await new Promise<[number, number]>((resolve) => {
    i.callback = (a: number, b: number) => resolve([a, b]);
  });
  t.is(availIn, 0);
  t.is(availOut, 59);
  t.is(hex(out.slice(0, 5)), '68656c6c6f');
  i.close();
  t.throws(() => i.write(0, null, 0, 0, out, 0, 64), { message: 'already finalized' });
  g.close();
});

test('isUsableBindingZlib refuses anything that does not keep the contract', (t) => {
  t.false(isUsableBindingZlib(undefined));
  t.false(isUsableBindingZlib(function () {}));
  t.false(isUsableBindingZlib(PortableZlib));
  t.false(isUsableBindingZlib(FakeBinding), 'writeSync must inflate the probe for real');
});
