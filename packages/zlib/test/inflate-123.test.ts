// Corrupt dynamic blocks whose literal/length code has no end-of-block symbol: zlib 1.2.3
// (node 0.10's) built the tables and said 'invalid literal/lengths set' or 'invalid distances
// set' when they did not build, or decoded on when they did; newer zlibs (pako, the binding's)
// say 'invalid code -- missing end-of-block' at once. Every handle gives 1.2.3's answer.
import test from 'ava';
import zlib from '../src/index';
import { setHandleClass } from '../src/handle';
import type { ZlibHandleConstructor } from '../src/handle';
import { nativeHandleClass } from '../src/native-handle';
import { PortableZlib } from '../src/pako-handle';
import ZStream from 'pako/lib/zlib/zstream.js';
import inflateLib from 'pako/lib/zlib/inflate.js';
import { Buffer, run } from './helpers/util';
import type { Bytes } from './helpers/util';

// Bits in deflate's order (least significant first).
function bitWriter() {
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  return {
    put(v: number, len: number) {
      for (let i = 0; i < len; i++) {
        acc |= ((v >> i) & 1) << n;
        if (++n === 8) {
          out.push(acc);
          acc = 0;
          n = 0;
        }
      }
    },
    bytes: () => new Buffer(n ? out.concat([acc]) : out),
  };
}

/** A final dynamic block: 257 literal/length codes and one distance code, each of length lens(symbol) (0 or 1), then `payload` bits 100100…. */
function noEndOfBlock(lens: (symbol: number) => number, payload: number): Bytes {
  const w = bitWriter();
  w.put(1, 1);
  w.put(2, 2);
  w.put(0, 5);
  w.put(0, 5);
  w.put(14, 4);
  for (const sym of [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]) w.put(sym === 0 || sym === 1 ? 1 : 0, 3);
  for (let s = 0; s < 258; s++) w.put(lens(s), 1);
  for (let i = 0; i < payload; i++) w.put(i % 3 === 0 ? 1 : 0, 1);
  return w.bytes();
}

const kinds: [string, (s: number) => number, string | null][] = [
  ['complete (decoding goes on)', (s) => (s === 97 || s === 98 || s === 257 ? 1 : 0), null],
  ['complete, no distance code', (s) => (s === 97 || s === 98 ? 1 : 0), null],
  ['over-subscribed', (s) => (s === 97 || s === 98 || s === 99 || s === 257 ? 1 : 0), 'invalid literal/lengths set'],
  ['incomplete (one code)', (s) => (s === 97 || s === 257 ? 1 : 0), 'invalid literal/length code'],
];

// The binding's contract over pako's own inflate (a newer zlib's answers), as native-handle.test.ts.
interface Fake {
  strm: ZStream;
}
function FakeBinding(this: Fake) {
  this.strm = new ZStream();
}
FakeBinding.prototype.init = function (this: Fake, wb: number) {
  inflateLib.inflateInit2(this.strm, -wb);
};
FakeBinding.prototype.writeSync = function (this: Fake, flush: number, input: Uint8Array | null, io: number, il: number, out: Uint8Array, oo: number, ol: number) {
  const strm = this.strm;
  strm.input = input || new Uint8Array(0);
  strm.next_in = io;
  strm.avail_in = il;
  strm.output = out;
  strm.next_out = oo;
  strm.avail_out = ol;
  const err = inflateLib.inflate(strm, flush);
  if (err !== 0 && err !== 1 && err !== -5) throw Object.assign(new Error(strm.msg), { errno: err });
  return [strm.avail_out, strm.avail_in, err];
};
FakeBinding.prototype.reset = function (this: Fake) {
  return inflateLib.inflateReset(this.strm);
};
FakeBinding.prototype.close = function () {};
const Native = nativeHandleClass(FakeBinding as never, PortableZlib);

const handles: [string, ZlibHandleConstructor | null][] = [
  ['the portable handle', null],
  ['the native handle', Native as unknown as ZlibHandleConstructor],
];

async function prefix(): Promise<{ text: string; packed: Bytes }> {
  let text = '';
  for (let i = 0; i < 2000; i++) text += 'line ' + ((i * 7919) % 3001) + ' of the text\n';
  const d = zlib.createDeflateRaw();
  const parts: Bytes[] = [];
  d.on('data', (c: Bytes) => parts.push(c));
  d.write(new Buffer(text));
  await new Promise<void>((resolve) => d.flush(() => resolve()));
  return { text, packed: Buffer.concat(parts) };
}

for (const [label, Handle] of handles) {
  for (const [what, lens, message] of kinds) {
    test.serial(`Class: zlib.InflateRaw (${label}), a dynamic block with no end-of-block code, ${what}: ${message ? `'error' ${message}` : "decoded on to 'end'"}, as zlib 1.2.3`, async (t) => {
      const { text, packed } = await prefix();
      const input = Buffer.concat([packed, noEndOfBlock(lens, 4000)]);
      setHandleClass(Handle);
      try {
        const r = await run(zlib.createInflateRaw({ chunkSize: 1000 }), input, 700);
        t.is(r.data.slice(0, 1000).toString(), text.slice(0, 1000));
        if (message) {
          t.is(r.error && r.error.message, message);
          t.is(r.error && r.error.code, 'Z_DATA_ERROR');
        } else {
          t.is(r.error, null);
          t.is(r.data.length, text.length + 4007, "0.10's count: a symbol a bit (4000, and the last byte's 7 padding bits), to the input's end");
          t.is(r.data.slice(text.length, text.length + 7).toString(), 'baabaab');
        }
      } finally {
        setHandleClass(undefined);
      }
    });
  }
}

test('zlib.inflateRaw(buf, callback) on a block with no end-of-block code: 1.2.3\'s messages from the default handle', async (t) => {
  const over = noEndOfBlock((s) => (s === 97 || s === 98 || s === 99 ? 1 : 0), 8);
  const err = await new Promise<Error | null>((resolve) => zlib.inflateRaw(over, (e) => resolve(e)));
  t.is(err && err.message, 'invalid literal/lengths set');
  const dists = noEndOfBlock((s) => (s === 100 || s === 101 || s === 257 ? 1 : 0), 8);
  const out = await new Promise<Error | Bytes>((resolve) => zlib.inflateRaw(dists, (e, r) => resolve(e || (r as Bytes))));
  t.is(out instanceof Error ? out.message : out.toString(), 'eddeddedddddddd', 'the zero bits that pad the last byte decode too');
});

test.serial('the native handle changes over to pako with copies of its input: a caller that reuses its buffer between writes gets 1.2.3\'s answer', async (t) => {
  const { text, packed } = await prefix();
  const input = Buffer.concat([packed, noEndOfBlock((s) => (s === 97 || s === 98 || s === 257 ? 1 : 0), 4000)]);
  setHandleClass(Native as unknown as ZlibHandleConstructor);
  try {
    const z = zlib.createInflateRaw({ chunkSize: 1000 });
    const chunks: Bytes[] = [];
    z.on('data', (d: Bytes) => chunks.push(d));
    const ended = new Promise<Error | null>((resolve) => {
      z.on('end', () => resolve(null));
      z.on('error', (e: Error) => resolve(e));
    });
    const scratch = new Buffer(700);
    for (let i = 0; i < input.length; i += 700) {
      const n = input.copy(scratch, 0, i, i + 700);
      await new Promise<void>((resolve) => z.write(scratch.slice(0, n), () => resolve()));
      scratch.fill(0xff);
    }
    z.end();
    t.is(await ended, null);
    const all = Buffer.concat(chunks);
    t.is(all.length, text.length + 4007);
    t.is(all.slice(0, text.length).toString(), text);
  } finally {
    setHandleClass(undefined);
  }
});
