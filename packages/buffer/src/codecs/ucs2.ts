// 'ucs2' / 'utf16le': UTF-16 code units, little-endian, surrogates passed through as they are.
// A trailing odd byte is ignored on reading; writing never splits a code unit.
import { host, littleEndian } from '../host';
import { fromCodes } from './chars';

// Below this many code units String.fromCharCode beats TextDecoder's call cost.
const NATIVE_MIN_UNITS = 256;

export function ucs2Slice(src: Uint8Array, start: number, end: number): string {
  const units = (end - start) >> 1;
  if (units <= 0) return '';
  const at = src.byteOffset + start;
  if (littleEndian && (at & 1) === 0 && units > 16) {
    const codes = new Uint16Array(src.buffer, at, units);
    // TextDecoder is several times faster on long input; it refuses lone surrogates, which
    // 0.10 kept as they were: those go through fromCodes.
    const td = host.utf16Fatal;
    if (td !== undefined && units >= NATIVE_MIN_UNITS) {
      try {
        return td.decode(codes);
      } catch {
        // a lone surrogate
      }
    }
    return fromCodes(codes);
  }
  let out = '';
  if (units <= 16) {
    for (let i = start, j = 0; j < units; i += 2, j++) out += String.fromCharCode(src[i] | (src[i + 1] << 8));
    return out;
  }
  const codes = new Array<number>(units);
  for (let i = start, j = 0; j < units; i += 2, j++) codes[j] = src[i] | (src[i + 1] << 8);
  return fromCodes(codes);
}

/** Writes min(str.length, floor(max / 2)) code units; returns bytes written. */
export function ucs2Write(dst: Uint8Array, str: string, off: number, max: number): number {
  const room = max >> 1;
  const n = str.length < room ? str.length : room;
  for (let i = 0, p = off; i < n; i++, p += 2) {
    const c = str.charCodeAt(i);
    dst[p] = c;
    dst[p + 1] = c >> 8;
  }
  return n * 2;
}
