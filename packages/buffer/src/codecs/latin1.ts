// 'ascii' and 'binary': one byte per character.
//
// Reading, 'ascii' drops the high bit and 'binary' keeps the byte (latin-1). Writing, both keep
// the low 8 bits of each UTF-16 unit; 'ascii' then turns a 0 byte into 0x20 (the manual's NUL
// rule, which in 0.10 also catches U+0100, U+0200…).
import { host } from '../host';
import { fromCodes } from './chars';
import { MAX_SCRATCH } from './scratch';

// Below this many bytes a concatenation loop beats TextDecoder's call cost.
const NATIVE_MIN = 24;
let scratch = new Uint8Array(0);

function isAscii(src: Uint8Array, start: number, end: number): boolean {
  let acc = 0;
  for (let i = start; i < end; i++) acc |= src[i];
  return acc < 0x80;
}

function shortString(src: Uint8Array, start: number, end: number, mask: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(src[i] & mask);
  return out;
}

export function asciiSlice(src: Uint8Array, start: number, end: number): string {
  const len = end - start;
  if (len < NATIVE_MIN) return shortString(src, start, end, 0x7f);
  const td = host.utf8Fatal;
  if (isAscii(src, start, end)) {
    // Pure 7-bit input is valid UTF-8 with the same meaning.
    if (td !== undefined) return td.decode(new Uint8Array(src.buffer, src.byteOffset + start, len));
    return fromCodes(src.subarray(start, end));
  }
  // (Above MAX_SCRATCH the array is made for this call and not kept.)
  const masked = scratch.length >= len ? scratch : len > MAX_SCRATCH ? new Uint8Array(len) : (scratch = new Uint8Array(Math.max(len, 1024)));
  for (let i = 0; i < len; i++) masked[i] = src[start + i] & 0x7f;
  if (td !== undefined) return td.decode(masked.subarray(0, len));
  return fromCodes(masked.subarray(0, len));
}

export function binarySlice(src: Uint8Array, start: number, end: number): string {
  const len = end - start;
  if (len < NATIVE_MIN) return shortString(src, start, end, 0xff);
  const td = host.utf8Fatal;
  if (td !== undefined && isAscii(src, start, end)) return td.decode(new Uint8Array(src.buffer, src.byteOffset + start, len));
  return fromCodes(new Uint8Array(src.buffer, src.byteOffset + start, len));
}

/** Writes min(max, str.length) bytes; returns the count. */
export function latin1Write(dst: Uint8Array, str: string, off: number, max: number, ascii: boolean): number {
  const n = str.length < max ? str.length : max;
  if (ascii) {
    for (let i = 0; i < n; i++) {
      const b = str.charCodeAt(i) & 0xff;
      dst[off + i] = b === 0 ? 0x20 : b;
    }
  } else {
    for (let i = 0; i < n; i++) dst[off + i] = str.charCodeAt(i);
  }
  return n;
}
