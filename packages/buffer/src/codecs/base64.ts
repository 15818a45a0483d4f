// 'base64' as node 0.10 reads and writes it.
//
// Reading a string, only the low 8 bits of each UTF-16 unit count; characters outside the
// alphabet (whitespace, '=', anything else) are skipped wherever they are; '-' and '_' are read
// as '+' and '/'; a final group of 2 or 3 characters yields 1 or 2 bytes, a lone one nothing.
// Writing always pads with '='.
import { host, littleEndian } from '../host';
import { NATIVE_SLICE_MIN, NATIVE_WRITE_MIN, nativeCodecs } from './native';
import { WORDS, asciiBytes } from './scratch';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Uint8Array(64);
const LOOKUP = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  CODES[i] = ALPHABET.charCodeAt(i);
  LOOKUP[CODES[i]] = i;
}
LOOKUP[0x2d] = 62; // '-'
LOOKUP[0x5f] = 63; // '_'

// 12-bit value -> its two characters: halves the string operations of the short path.
const PAIRS: string[] = new Array<string>(4096);
for (let i = 0; i < 4096; i++) PAIRS[i] = ALPHABET[i >> 6] + ALPHABET[i & 63];

/** 0.10's decoded size: from the string length, minus up to two trailing '='. */
export function base64ByteLength(str: string): number {
  let size = str.length;
  if (size < 2) return 0;
  if ((str.charCodeAt(size - 1) & 0xff) === 0x3d) {
    size--;
    if ((str.charCodeAt(size - 1) & 0xff) === 0x3d) size--;
  }
  const rem = size & 3;
  size = (size >>> 2) * 3;
  if (rem !== 0) size += rem === 1 ? (size === 0 ? 0 : 1) : rem - 1;
  return size;
}

/** Writes at most `max` decoded bytes at `dst[off]`; returns the count. */
export function base64Write(dst: Uint8Array, str: string, off: number, max: number): number {
  if (str.length >= NATIVE_WRITE_MIN && dst instanceof Uint8Array) {
    const native = nativeCodecs();
    if (native !== null) return native.base64Write(str, str.length, dst, off, max);
  }
  // Reading bytes from TextEncoder's output beats charCodeAt (ASCII strings, the usual case).
  const src = str.length >= 24 ? asciiBytes(str) : null;
  return src !== null ? decodeBytes(dst, src, str.length, off, max) : decodeChars(dst, str, off, max);
}

function decodeBytes(dst: Uint8Array, src: Uint8Array, n: number, off: number, max: number): number {
  const lim = off + max;
  let p = off;
  let i = 0;
  // Fast path: whole groups of four alphabet characters.
  while (i + 4 <= n && p + 3 <= lim) {
    const v = (LOOKUP[src[i]] << 18) | (LOOKUP[src[i + 1]] << 12) | (LOOKUP[src[i + 2]] << 6) | LOOKUP[src[i + 3]];
    if (v < 0) break; // some character was not in the alphabet (-1 sets the sign bit)
    dst[p] = v >> 16;
    dst[p + 1] = v >> 8;
    dst[p + 2] = v;
    p += 3;
    i += 4;
  }
  let acc = 0;
  let count = 0;
  for (; i < n && p < lim; i++) {
    const v = LOOKUP[src[i]];
    if (v < 0) continue;
    acc = (acc << 6) | v;
    if (++count === 4) {
      dst[p++] = acc >> 16;
      if (p < lim) dst[p++] = acc >> 8;
      if (p < lim) dst[p++] = acc;
      acc = 0;
      count = 0;
    }
  }
  return p - off + tailBytes(dst, p, lim, acc, count);
}

function decodeChars(dst: Uint8Array, str: string, off: number, max: number): number {
  const n = str.length;
  const lim = off + max;
  let p = off;
  let acc = 0;
  let count = 0;
  for (let i = 0; i < n && p < lim; i++) {
    const v = LOOKUP[str.charCodeAt(i) & 0xff];
    if (v < 0) continue;
    acc = (acc << 6) | v;
    if (++count === 4) {
      dst[p++] = acc >> 16;
      if (p < lim) dst[p++] = acc >> 8;
      if (p < lim) dst[p++] = acc;
      acc = 0;
      count = 0;
    }
  }
  return p - off + tailBytes(dst, p, lim, acc, count);
}

// A final group of 2 or 3 characters still yields 1 or 2 bytes; returns how many were written.
function tailBytes(dst: Uint8Array, p: number, lim: number, acc: number, count: number): number {
  if (count < 2 || p >= lim) return 0;
  if (count === 2) {
    dst[p] = acc >> 4;
    return 1;
  }
  dst[p] = acc >> 10;
  if (p + 1 >= lim) return 1;
  dst[p + 1] = acc >> 2;
  return 2;
}

// Above this many bytes the output is built as ASCII bytes and decoded once, instead of
// concatenated from strings: each 3-byte group is one 32-bit store of its four digits (two
// 12-bit halves, two digits each, from two tables of words with the pair already in place),
// the source read four bytes at a time through a DataView (big-endian reads: the same on every
// engine) and the final group's padding stored the same way, so the string is made in one go.
// The digits are ASCII, so a non-fatal decoder (the faster one) gives the same string.
const NATIVE_MIN = 48;
// Byte `k` (0-3, memory order) of a 32-bit word holding `code`.
const at = (code: number, k: number): number => code << (8 * (littleEndian ? k : 3 - k));
const FIRST = new Uint32Array(4096); // digits 0 and 1 of a group from its high 12 bits
const SECOND = new Uint32Array(4096); // digits 2 and 3 from its low 12 bits
for (let i = 0; i < 4096; i++) {
  FIRST[i] = at(CODES[i >> 6], 0) | at(CODES[i & 63], 1);
  SECOND[i] = at(CODES[i >> 6], 2) | at(CODES[i & 63], 3);
}
const PAD_ONE = at(0x3d, 3); // '=' as digit 3
const PAD_TWO = at(0x3d, 2) | PAD_ONE;
const THIRD = new Uint32Array(64); // a digit in place 2
for (let i = 0; i < 64; i++) THIRD[i] = at(CODES[i], 2);
// Bytes encoded per chunk: a whole number of groups, a word of WORDS each.
const CHUNK = WORDS.length * 3;

export function base64Slice(src: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 0) return '';
  const full = start + n - (n % 3);
  if (n >= NATIVE_SLICE_MIN && src instanceof Uint8Array) {
    const native = nativeCodecs();
    if (native !== null) return native.base64Slice(src, start, end);
  }
  const td = host.utf8Loose;
  if (td === undefined || n < NATIVE_MIN) {
    let out = '';
    for (let i = start; i < full; i += 3) {
      const v = (src[i] << 16) | (src[i + 1] << 8) | src[i + 2];
      out += PAIRS[v >> 12] + PAIRS[v & 0xfff];
    }
    return out + tail(src, full, end);
  }
  const out = WORDS;
  const hi = FIRST;
  const lo = SECOND;
  const dv = new DataView(src.buffer, src.byteOffset, src.length);
  let text = '';
  for (let from = start; from < end; from += CHUNK) {
    const last = end - from <= CHUNK;
    const to = last ? full : from + CHUNK;
    let p = 0;
    let i = from;
    for (; i + 12 <= to; i += 12) {
      const a = dv.getUint32(i);
      const b = dv.getUint32(i + 4);
      const c = dv.getUint32(i + 8);
      const g0 = a >>> 8;
      const g1 = ((a & 0xff) << 16) | (b >>> 16);
      const g2 = ((b & 0xffff) << 8) | (c >>> 24);
      const g3 = c & 0xffffff;
      out[p] = hi[g0 >> 12] | lo[g0 & 0xfff];
      out[p + 1] = hi[g1 >> 12] | lo[g1 & 0xfff];
      out[p + 2] = hi[g2 >> 12] | lo[g2 & 0xfff];
      out[p + 3] = hi[g3 >> 12] | lo[g3 & 0xfff];
      p += 4;
    }
    for (; i < to; i += 3) {
      const v = (src[i] << 16) | (src[i + 1] << 8) | src[i + 2];
      out[p++] = hi[v >> 12] | lo[v & 0xfff];
    }
    if (last) {
      // The final group of one or two bytes, padded with '='.
      const left = end - full;
      if (left === 1) {
        out[p++] = hi[src[full] << 4] | PAD_TWO;
      } else if (left === 2) {
        const v = (src[full] << 8) | src[full + 1];
        out[p++] = hi[v >> 4] | THIRD[(v << 2) & 63] | PAD_ONE;
      }
    }
    text += td.decode(new Uint8Array(out.buffer, 0, p * 4));
  }
  return text;
}

function tail(src: Uint8Array, i: number, end: number): string {
  const left = end - i;
  if (left === 1) {
    const v = src[i];
    return ALPHABET[v >> 2] + ALPHABET[(v << 4) & 63] + '==';
  }
  if (left === 2) {
    const v = (src[i] << 8) | src[i + 1];
    return ALPHABET[v >> 10] + ALPHABET[(v >> 4) & 63] + ALPHABET[(v << 2) & 63] + '=';
  }
  return '';
}
