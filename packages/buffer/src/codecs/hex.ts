// 'hex': two lowercase digits a byte. Reading a string, an odd length is an error
// (`TypeError: Invalid hex string`), and decoding stops at the first pair that is not two hex
// digits; only the low 8 bits of each UTF-16 unit count, as in 0.10.
import { host, littleEndian } from '../host';
import { MAX_SCRATCH, asciiBytes } from './scratch';

const DIGITS = '0123456789abcdef';
const BYTE_HEX: string[] = new Array<string>(256);
const BYTE_CODES = new Uint16Array(256); // the two ASCII digits, in memory order
const VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 256; i++) {
  BYTE_HEX[i] = DIGITS[i >> 4] + DIGITS[i & 15];
  const hi = DIGITS.charCodeAt(i >> 4);
  const lo = DIGITS.charCodeAt(i & 15);
  BYTE_CODES[i] = littleEndian ? hi | (lo << 8) : (hi << 8) | lo;
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

// Above this many bytes the digits are built as ASCII bytes and decoded once, the four digits
// of two bytes per 32-bit store.
const NATIVE_MIN = 32;
const LOW = littleEndian ? 0 : 16; // where the first byte's digits go in a 32-bit word
const HIGH = 16 - LOW;
let scratch = new Uint32Array(0);

export function hexSlice(src: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 0) return '';
  const td = host.utf8Fatal;
  if (td === undefined || n < NATIVE_MIN) {
    let out = '';
    for (let i = start; i < end; i++) out += BYTE_HEX[src[i]];
    return out;
  }
  const words = n >> 1;
  // (Above MAX_SCRATCH the array is made for this call and not kept.)
  const out = scratch.length >= words ? scratch : words * 4 > MAX_SCRATCH ? new Uint32Array(words) : (scratch = new Uint32Array(Math.max(words, 512)));
  for (let i = 0, j = start; i < words; i++, j += 2) out[i] = (BYTE_CODES[src[j]] << LOW) | (BYTE_CODES[src[j + 1]] << HIGH);
  const text = td.decode(new Uint8Array(out.buffer, 0, words * 4));
  return n & 1 ? text + BYTE_HEX[src[end - 1]] : text;
}
