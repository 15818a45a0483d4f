// The native handle (native-handle.ts): 0.10's handle vocabulary over @n10/binding's Zlib
// contract, checked against a stand-in that keeps that contract (on pako's inflate). The
// streams below are decompression streams (the handle's only use).
import test from 'ava';
import zlib from '../src/index';
import { Mode, setHandleClass } from '../src/handle';
import { isUsableBindingZlib, nativeHandleClass } from '../src/native-handle';
import { PortableZlib } from '../src/pako-handle';
import ZStream from 'pako/lib/zlib/zstream.js';
import inflateLib from 'pako/lib/zlib/inflate.js';
import { Buffer, hex, run } from './helpers/util';

// The binding's contract: writeSync(…) → [availOut, availIn, code], or throws an Error whose
// message is zlib's (or the code's name) and errno the code; a raw inflate uses the
// dictionary given to init(); every mode resets. (A stand-in on pako's inflate.)
const calls: string[] = [];
const NAMES: Record<number, string> = { 2: 'Z_NEED_DICT', [-2]: 'Z_STREAM_ERROR', [-3]: 'Z_DATA_ERROR' };
interface Fake {
  mode: number;
  strm: ZStream;
  dict: Uint8Array | null;
}
function FakeBinding(this: Fake, mode: number) {
  this.mode = mode;
  this.strm = new ZStream();
  this.dict = null;
}
FakeBinding.prototype.init = function (this: Fake, wb: number, _l: number, _m: number, _s: number, dict?: Uint8Array | null) {
  calls.push('init dict=' + (dict ? dict.length : 'none'));
  this.dict = dict || null;
  const bits = this.mode === Mode.GUNZIP ? wb + 16 : this.mode === Mode.UNZIP ? wb + 32 : this.mode === Mode.INFLATERAW ? -wb : wb;
  inflateLib.inflateInit2(this.strm, bits);
};
FakeBinding.prototype.writeSync = function (this: Fake, flush: number, input: Uint8Array | null, io: number, il: number, out: Uint8Array, oo: number, ol: number) {
  const strm = this.strm;
  strm.input = input || new Uint8Array(0);
  strm.next_in = io;
  strm.avail_in = il;
  strm.output = out;
  strm.next_out = oo;
  strm.avail_out = ol;
  let err = inflateLib.inflate(strm, flush);
  if (err === 2 && this.dict) {
    err = inflateLib.inflateSetDictionary(strm, this.dict);
    if (err === 0) err = inflateLib.inflate(strm, flush);
    else if (err === -3) err = 2;
  }
  if (err !== 0 && err !== 1 && err !== -5) throw Object.assign(new Error(strm.msg || NAMES[err]), { errno: err });
  return [strm.avail_out, strm.avail_in, err];
};
FakeBinding.prototype.reset = function (this: Fake) {
  calls.push('reset');
  return inflateLib.inflateReset(this.strm);
};
FakeBinding.prototype.close = function () {
  calls.push('close');
};
const Native = nativeHandleClass(FakeBinding as never);

test.serial('the native handle inflates through the binding contract, callback(availIn, availOut) as 0.10', async (t) => {
  const packed = (await run(zlib.createDeflate(), 'hello hello hello')).data;
  setHandleClass(Native);
  try {
    const r = await run(zlib.createInflate({ chunkSize: 64 }), packed, 3);
    t.is(r.data.toString(), 'hello hello hello');
    const gz = await run(zlib.createGunzip(), new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex'));
    t.is(gz.data.toString(), 'hello');
  } finally {
    setHandleClass(undefined);
  }
});

test.serial("the native handle gives 0.10's messages for zlib codes without one, and withholds a raw inflate's dictionary", async (t) => {
  const dictionary = new Buffer('hello world dictionary');
  const packed = (await run(zlib.createDeflate({ dictionary }), 'hello world')).data;
  setHandleClass(Native);
  calls.length = 0;
  try {
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
  t.true(isUsableBindingZlib(FakeBinding), 'the stand-in keeps the contract');
  function Wrong() {}
  Wrong.prototype = { ...FakeBinding.prototype, writeSync: () => [0, 0, 1] };
  t.false(isUsableBindingZlib(Wrong), 'writeSync must inflate the probe for real');
});
