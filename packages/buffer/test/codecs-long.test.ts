// buf.toString('base64' | 'hex' | 'utf8') and Buffer.byteLength on the long paths, where the
// codecs build their output natively and in chunks: every start/end over unaligned slices,
// past the chunk sizes (32 KiB of hex, 48 KiB of base64), against plain reference encoders
// written here; utf8 text holding a genuine U+FFFD next to malformed bytes; lone surrogates.
import test from 'ava';
import buffer from '../src/index';
import type { BufferInstance } from '../src/index';
import { units } from './helpers/assert';

const { Buffer } = buffer;
const B = Buffer as unknown as new (...args: unknown[]) => BufferInstance & { toString(enc?: string, start?: number, end?: number): string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function refBase64(b: Uint8Array, s: number, e: number): string {
  let out = '';
  let i = s;
  for (; i + 3 <= e; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    out += ALPHABET[v >> 18] + ALPHABET[(v >> 12) & 63] + ALPHABET[(v >> 6) & 63] + ALPHABET[v & 63];
  }
  if (e - i === 1) out += ALPHABET[b[i] >> 2] + ALPHABET[(b[i] << 4) & 63] + '==';
  if (e - i === 2) {
    const v = (b[i] << 8) | b[i + 1];
    out += ALPHABET[v >> 10] + ALPHABET[(v >> 4) & 63] + ALPHABET[(v << 2) & 63] + '=';
  }
  return out;
}
function refHex(b: Uint8Array, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) out += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return out;
}

function filled(n: number): BufferInstance {
  const b = new B(n);
  for (let i = 0; i < n; i++) b[i] = (i * 131 + (i >> 8)) & 255;
  return b;
}

test("buf.toString('base64'/'hex', start, end): every span of a pooled (unaligned) buffer", (t) => {
  new B(3); // moves the pool's offset off any alignment
  const b = filled(160);
  let bad = 0;
  for (let s = 0; s < 24; s++) {
    for (let e = s; e <= 160; e++) {
      if (b.toString('base64', s, e) !== refBase64(b, s, e)) bad++;
      if (b.toString('hex', s, e) !== refHex(b, s, e)) bad++;
    }
  }
  t.is(bad, 0);
});

test("buf.toString('base64'/'hex'): output longer than one chunk", (t) => {
  const b = filled(200003);
  const spans = [[0, 200003], [1, 200002], [3, 49152 + 5], [7, 98304 + 11], [2, 65536 + 3], [5, 32768 + 1], [9, 49152 * 2 + 9], [0, 49152], [0, 32768]];
  for (const [s, e] of spans) {
    t.is(b.toString('base64', s, e), refBase64(b, s, e), `base64 ${s}-${e}`);
    t.is(b.toString('hex', s, e), refHex(b, s, e), `hex ${s}-${e}`);
  }
});

test("buf.toString('utf8'): a genuine U+FFFD among malformed bytes and encoded surrogates, long input", (t) => {
  const b = new B(100);
  b.fill(0x61);
  b[50] = 0xef;
  b[51] = 0xbf;
  b[52] = 0xbd; // U+FFFD itself
  t.is(units(b.toString().slice(49, 52)), '61 fffd 61');
  b[70] = 0xff; // malformed
  b[80] = 0xed;
  b[81] = 0xa0;
  b[82] = 0x80; // an encoded surrogate: 0.10 kept it
  const s = b.toString();
  t.is(s.length, 100 - 2 - 2);
  t.is(units(s.slice(49, 52) + s.slice(67, 70) + s.slice(77, 80)), '61 fffd 61 61 fffd 61 61 d800 61');
});

test('Buffer.byteLength(string) counts a lone surrogate as 3 bytes, long input (0.10 wrote its 3-byte form)', (t) => {
  const pad = 'ab'.repeat(40);
  t.is(Buffer.byteLength(pad + '\ud800'), 83);
  t.is(Buffer.byteLength('\udc00' + pad), 83);
  t.is(Buffer.byteLength(pad + '\udc00\ud800' + pad), 166);
  t.is(Buffer.byteLength(pad + '\ud83d\ude00\ud83d' + pad), 167);
  t.is(Buffer.byteLength(pad + '\ufffd\ud800x'), 87);
});
