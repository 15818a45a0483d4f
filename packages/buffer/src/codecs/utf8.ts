// UTF-8 as node 0.10 (V8 3.14) reads and writes it.
//
// Decoding: every byte that does not start a complete, non-overlong sequence becomes one
// U+FFFD and decoding resumes at the next byte; encoded surrogates (ED A0 80…) decode to
// lone surrogates; 4-byte sequences up to F7 BF BF BF decode (above U+10FFFF the lead
// surrogate wraps). Encoding: a lone surrogate is written as its 3-byte form (CESU), not
// U+FFFD; a write stops at the first character that does not fit, except that a surrogate
// pair with exactly 3 bytes of room left is written as its lead surrogate alone.
//
// TextDecoder/TextEncoder are used only where their output is identical: a fatal decoder
// succeeds only on well-formed UTF-8, and the encoder only sees well-formed strings.
import { host } from '../host';
import { fromCodes } from './chars';
import { NATIVE_LENGTH_MIN, nativeCodecs } from './native';
import { scratchBytes } from './scratch';

/** Characters consumed by the last `utf8Write` (0.10's `Buffer._charsWritten`). */
export const utf8Written = { chars: 0 };

// Above this many characters TextEncoder measures a well-formed string faster than JS does.
const LENGTH_NATIVE_MIN = 32;

// A character above U+00FF among the first 64. The engine answers at once for a string it keeps
// one byte a character (where TextEncoder is fast), and looks no further than that otherwise.
const WIDE = /^[^]{0,63}?[\u0100-\uffff]/;

export function utf8ByteLength(str: string): number {
  const n = str.length;
  // Strings of wide characters: the binding's count (when there is one) beats TextEncoder's
  // several times over; one-byte strings stay with TextEncoder, which is faster for them.
  if (n >= NATIVE_LENGTH_MIN) {
    const native = nativeCodecs();
    if (native !== null && native.utf8Length !== undefined && WIDE.test(str)) return native.utf8Length(str, n);
  }
  // No isWellFormed check here (it cost as much as the count): TextEncoder writes a lone
  // surrogate as U+FFFD, 3 bytes, and 0.10 counted it as its own 3-byte form.
  if (n >= LENGTH_NATIVE_MIN && host.encoder !== undefined) {
    const room = scratchBytes(n * 3);
    if (room !== null) return host.encoder.encodeInto(str, room).written;
  }
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 2; // 2 units -> 4 bytes
        i++;
      } else {
        bytes += 2;
      }
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

function isWellFormed(str: string): boolean {
  const own = host.isWellFormed;
  return own ? own.call(str) : !/[\ud800-\udfff]/.test(str);
}

// Below this many characters the JS loop beats encodeInto's call and result-object cost.
const ENCODE_NATIVE_MIN = 24;

/** Writes at most `max` bytes of `str` at `dst[off]`; returns bytes written. */
export function utf8Write(dst: Uint8Array, str: string, off: number, max: number): number {
  const n = str.length;
  const encoder = host.encoder;
  if (encoder !== undefined && n >= ENCODE_NATIVE_MIN && isWellFormed(str)) {
    // (The array itself when the write may fill all of it: a view made per call cost a third
    // of a 1 KiB ASCII write.)
    const r = encoder.encodeInto(str, off === 0 && max === dst.length ? dst : new Uint8Array(dst.buffer, dst.byteOffset + off, max));
    let read = r.read;
    let written = r.written;
    if (read < n && max - written >= 3) {
      const c = str.charCodeAt(read);
      if (c >= 0xd800 && c <= 0xdbff) {
        // A pair that needs 4 bytes with 3 left: 0.10 writes the lead surrogate alone.
        const p = off + written;
        dst[p] = 0xe0 | (c >> 12);
        dst[p + 1] = 0x80 | ((c >> 6) & 0x3f);
        dst[p + 2] = 0x80 | (c & 0x3f);
        written += 3;
        read++;
      }
    }
    utf8Written.chars = read;
    return written;
  }
  return utf8WriteJs(dst, str, off, max);
}

function utf8WriteJs(dst: Uint8Array, str: string, off: number, max: number): number {
  const n = str.length;
  const lim = off + max;
  let p = off;
  let i = 0;
  for (; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= lim) break;
      dst[p++] = c;
    } else if (c < 0x800) {
      if (p + 2 > lim) break;
      dst[p++] = 0xc0 | (c >> 6);
      dst[p++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          if (p + 4 <= lim) {
            const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            dst[p++] = 0xf0 | (cp >> 18);
            dst[p++] = 0x80 | ((cp >> 12) & 0x3f);
            dst[p++] = 0x80 | ((cp >> 6) & 0x3f);
            dst[p++] = 0x80 | (cp & 0x3f);
            i++;
            continue;
          }
          // Fewer than 4 bytes left: fall through and write the lead surrogate alone if 3 fit.
        }
      }
      if (p + 3 > lim) break;
      dst[p++] = 0xe0 | (c >> 12);
      dst[p++] = 0x80 | ((c >> 6) & 0x3f);
      dst[p++] = 0x80 | (c & 0x3f);
    }
  }
  utf8Written.chars = i;
  return p - off;
}

// Short inputs: the JS decoders below beat TextDecoder's call cost (measured: up to 8 bytes
// by concatenation, up to 32 through a code array).
const DECODE_CONCAT_MAX = 8;
const DECODE_NATIVE_MIN = 32;

export function utf8Slice(src: Uint8Array, start: number, end: number): string {
  const len = end - start;
  if (len <= 0) return '';
  if (len <= DECODE_CONCAT_MAX) {
    let out = '';
    for (let i = start; i < end; i++) {
      const b = src[i];
      if (b >= 0x80) return utf8SliceJs(src, start, end);
      out += String.fromCharCode(b);
    }
    return out;
  }
  const td = host.utf8Fatal;
  const loose = host.utf8Loose;
  if (len < DECODE_NATIVE_MIN || td === undefined || loose === undefined) {
    const codes = new Array<number>(len);
    for (let i = 0; i < len; i++) {
      const b = src[start + i];
      if (b >= 0x80) return utf8SliceJs(src, start, end);
      codes[i] = b;
    }
    return fromCodes(codes);
  }
  // The whole array goes in as it is: a view made per call cost a fifth of a 1 KiB decode.
  const bytes = len === src.length ? src : new Uint8Array(src.buffer, src.byteOffset + start, len);
  // The non-fatal decoder is the faster one; a string without U+FFFD came from well-formed
  // input, where both decoders (and 0.10) agree. With one, the fatal decoder decides.
  const text = loose.decode(bytes);
  if (text.indexOf('\ufffd') < 0) return text;
  try {
    return td.decode(bytes);
  } catch {
    // Malformed input: 0.10's own replacement rules below.
    return utf8SliceJs(src, start, end);
  }
}

function utf8SliceJs(src: Uint8Array, start: number, end: number): string {
  let i = start;
  const codes: number[] = [];
  while (i < end) {
    const b0 = src[i];
    if (b0 < 0x80) {
      codes.push(b0);
      i++;
      continue;
    }
    let cp = -1;
    let size = 1;
    if (b0 >= 0xc0 && b0 < 0xf8 && i + 1 < end && (src[i + 1] & 0xc0) === 0x80) {
      const b1 = src[i + 1] & 0x3f;
      if (b0 < 0xe0) {
        const v = ((b0 & 0x1f) << 6) | b1;
        if (v >= 0x80) {
          cp = v;
          size = 2;
        }
      } else if (i + 2 < end && (src[i + 2] & 0xc0) === 0x80) {
        const b2 = src[i + 2] & 0x3f;
        if (b0 < 0xf0) {
          const v = ((b0 & 0x0f) << 12) | (b1 << 6) | b2;
          if (v >= 0x800) {
            cp = v;
            size = 3;
          }
        } else if (i + 3 < end && (src[i + 3] & 0xc0) === 0x80) {
          const v = ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | (src[i + 3] & 0x3f);
          if (v >= 0x10000) {
            cp = v;
            size = 4;
          }
        }
      }
    }
    if (cp < 0) {
      codes.push(0xfffd);
    } else if (cp < 0x10000) {
      codes.push(cp);
    } else {
      const v = cp - 0x10000;
      codes.push(0xd800 | ((v >> 10) & 0x3ff), 0xdc00 | (v & 0x3ff));
    }
    i += size;
  }
  return fromCodes(codes);
}
