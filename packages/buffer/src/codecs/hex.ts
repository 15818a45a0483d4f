// 'hex': two lowercase digits a byte. Reading a string, an odd length is an error
// (`TypeError: Invalid hex string`), and decoding stops at the first pair that is not two hex
// digits; only the low 8 bits of each UTF-16 unit count, as in 0.10.
import { host, littleEndian } from '../host';
import { NATIVE_SLICE_MIN, NATIVE_WRITE_MIN, nativeCodecs } from './native';
import { WORDS, asciiBytes } from './scratch';

const DIGITS = '0123456789abcdef';
const BYTE_HEX: string[] = new Array<string>(256);
const VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 256; i++) {
  BYTE_HEX[i] = DIGITS[i >> 4] + DIGITS[i & 15];
}
for (let i = 0; i < 16; i++) {
  VALUE[DIGITS.charCodeAt(i)] = i;
  VALUE[DIGITS.toUpperCase().charCodeAt(i)] = i;
}

export function invalidHex(): TypeError {
  return new TypeError('Invalid hex string');
}

/** Writes at most `max` bytes of the (even-length) hex string; returns the count. */
export function hexWrite(dst: Uint8Array, str: string, off: number, max: number): number {
  if (str.length % 2 !== 0) throw invalidHex();
  const pairs = str.length >>> 1;
  const n = pairs < max ? pairs : max;
  if (n >= NATIVE_WRITE_MIN / 2 && dst instanceof Uint8Array) {
    const native = nativeCodecs();
    // (Only the characters of the pairs that fit are read.)
    if (native !== null) return native.hexWrite(str, n * 2, dst, off, n);
  }
  // Reading bytes from TextEncoder's output beats charCodeAt (ASCII strings, the usual case).
  const src = n >= 16 ? asciiBytes(str) : null;
  let j = 0;
  if (src !== null) {
    for (; j < n; j++) {
      const hi = VALUE[src[2 * j]];
      const lo = VALUE[src[2 * j + 1]];
      if ((hi | lo) < 0) break;
      dst[off + j] = (hi << 4) | lo;
    }
    return j;
  }
  for (; j < n; j++) {
    const hi = VALUE[str.charCodeAt(2 * j) & 0xff];
    const lo = VALUE[str.charCodeAt(2 * j + 1) & 0xff];
    if ((hi | lo) < 0) break;
    dst[off + j] = (hi << 4) | lo;
  }
  return j;
}

// Above this many bytes the digits are built as ASCII bytes and decoded once: the source read
// four bytes at a time through a DataView (big-endian reads: the same on every engine), the
// digits of two bytes per 32-bit store from two tables of words with the digits already in
// place. The digits are ASCII, so a non-fatal decoder (the faster one) gives the same string.
const NATIVE_MIN = 32;
const HIGH_HALF = new Uint32Array(256); // a byte's digits as bytes 0-1 of a word (memory order)
const LOW_HALF = new Uint32Array(256); // as bytes 2-3
for (let i = 0; i < 256; i++) {
  const hi = DIGITS.charCodeAt(i >> 4);
  const lo = DIGITS.charCodeAt(i & 15);
  HIGH_HALF[i] = littleEndian ? hi | (lo << 8) : (hi << 24) | (lo << 16);
  LOW_HALF[i] = littleEndian ? (hi << 16) | (lo << 24) : (hi << 8) | lo;
}
// Bytes encoded per chunk: two a word of WORDS.
const CHUNK = WORDS.length * 2;

export function hexSlice(src: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 0) return '';
  if (n >= NATIVE_SLICE_MIN && src instanceof Uint8Array) {
    const native = nativeCodecs();
    if (native !== null) return native.hexSlice(src, start, end);
  }
  const td = host.utf8Loose;
  if (td === undefined || n < NATIVE_MIN) {
    let out = '';
    for (let i = start; i < end; i++) out += BYTE_HEX[src[i]];
    return out;
  }
  const out = WORDS;
  const hi = HIGH_HALF;
  const lo = LOW_HALF;
  const dv = new DataView(src.buffer, src.byteOffset, src.length);
  let text = '';
  for (let from = start; from < end; from += CHUNK) {
    const to = end - from > CHUNK ? from + CHUNK : end;
    let p = 0;
    let i = from;
    for (; i + 4 <= to; i += 4) {
      const v = dv.getUint32(i);
      out[p] = hi[v >>> 24] | lo[(v >> 16) & 0xff];
      out[p + 1] = hi[(v >> 8) & 0xff] | lo[v & 0xff];
      p += 2;
    }
    for (; i + 2 <= to; i += 2) out[p++] = hi[src[i]] | lo[src[i + 1]];
    // An odd last byte: its two digits, and the string stops there.
    if (i < to) out[p] = hi[src[i]];
    text += td.decode(new Uint8Array(out.buffer, 0, (to - from) * 2));
  }
  return text;
}
