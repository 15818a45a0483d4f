// The encoding names 0.10 accepts and the codec behind each, in one table.
import { fromCallerOf, sited } from './errors';
import { asciiSlice, binarySlice, latin1Write } from './codecs/latin1';
import { base64ByteLength, base64Slice, base64Write } from './codecs/base64';
import { hexSlice, hexWrite } from './codecs/hex';
import { ucs2Slice, ucs2Write } from './codecs/ucs2';
import { utf8ByteLength, utf8Slice, utf8Write, utf8Written } from './codecs/utf8';

export const UTF8 = 0;
export const UCS2 = 1;
export const ASCII = 2;
export const BINARY = 3;
export const BASE64 = 4;
export const HEX = 5;

/** Codec number for a lower-cased name as toString/write accept it, or -1. */
export function codecOf(lowered: string): number {
  switch (lowered) {
    case 'utf8':
    case 'utf-8':
      return UTF8;
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return UCS2;
    case 'ascii':
      return ASCII;
    case 'binary':
      return BINARY;
    case 'base64':
      return BASE64;
    case 'hex':
      return HEX;
    default:
      return -1;
  }
}

/** 0.10's normalisation of an encoding argument: `String(encoding || 'utf8').toLowerCase()`. */
export function lowerName(encoding: unknown): string {
  if (encoding === undefined || encoding === 'utf8') return 'utf8';
  return String(encoding || 'utf8').toLowerCase();
}

export function unknownEncoding(lowered: string): TypeError {
  return new TypeError(`Unknown encoding: ${lowered}`);
}

/** Codec for toString/write's encoding argument; throws 0.10's TypeError for an unknown one. */
export function codecFor(encoding: unknown): number {
  if (encoding === undefined) return UTF8;
  const lowered = lowerName(encoding);
  const codec = codecOf(lowered);
  if (codec < 0) throw fromCallerOf(sited(unknownEncoding(lowered), 434, "      throw new TypeError('Unknown encoding: ' + encoding);"), codecFor);
  return codec;
}

/** Buffer.isEncoding: the names above, and 'raw' (0.10 still listed it). */
export function isEncodingName(lowered: string): boolean {
  return codecOf(lowered) >= 0 || lowered === 'raw';
}

// Buffer.byteLength reads the encoding as 0.10's C++ did: any case, non-strings and unknown
// names mean utf8, and the retired 'raw', 'raws' and the internal 'buffer' count one byte a
// character. For 'raw' and 'raws' 0.10 also printed a line on stderr at each call (unless
// node ran with --no-deprecation): new Buffer(string, 'raw') printed it, then threw.
function byteLengthCodec(encoding: unknown): number {
  if (typeof encoding !== 'string') return UTF8;
  const lowered = encoding.toLowerCase();
  if (lowered === 'raw' || lowered === 'raws' || lowered === 'buffer') {
    if (lowered !== 'buffer') retiredEncodingLine(lowered);
    return BINARY;
  }
  const codec = codecOf(lowered);
  return codec < 0 ? UTF8 : codec;
}

interface StderrProcess {
  noDeprecation?: boolean;
  stderr?: { write(chunk: string): unknown };
}

function retiredEncodingLine(lowered: string): void {
  const p = (globalThis as { process?: StderrProcess }).process;
  if (!p || typeof p !== 'object' || p.noDeprecation === true) return;
  const stderr = p.stderr;
  if (stderr && typeof stderr.write === 'function') {
    stderr.write(lowered === 'raw' ? "'raw' (array of integers) has been removed. Use 'binary'.\n" : "'raws' encoding has been renamed to 'binary'. Please update your code.\n");
  }
}

export function byteLengthOf(str: string, encoding: unknown): number {
  switch (encoding === undefined ? UTF8 : byteLengthCodec(encoding)) {
    case UTF8:
      return utf8ByteLength(str);
    case UCS2:
      return str.length * 2;
    case BASE64:
      return base64ByteLength(str);
    case HEX:
      return str.length >>> 1;
    default:
      return str.length;
  }
}

export function sliceWith(codec: number, src: Uint8Array, start: number, end: number): string {
  switch (codec) {
    case UTF8:
      return utf8Slice(src, start, end);
    case UCS2:
      return ucs2Slice(src, start, end);
    case ASCII:
      return asciiSlice(src, start, end);
    case BINARY:
      return binarySlice(src, start, end);
    case BASE64:
      return base64Slice(src, start, end);
    default:
      return hexSlice(src, start, end);
  }
}

/** Characters consumed by the last writeWith (0.10's Buffer._charsWritten). */
export const lastWrite = { chars: 0 };

/** Writes `str` at `dst[off]`, at most `max` bytes (integers, in range); returns bytes written. */
export function writeWith(codec: number, dst: Uint8Array, str: string, off: number, max: number): number {
  let n: number;
  switch (codec) {
    case UTF8:
      n = utf8Write(dst, str, off, max);
      lastWrite.chars = utf8Written.chars;
      return n;
    case UCS2:
      n = ucs2Write(dst, str, off, max);
      lastWrite.chars = n >>> 1;
      return n;
    case ASCII:
      n = latin1Write(dst, str, off, max, true);
      break;
    case BINARY:
      n = latin1Write(dst, str, off, max, false);
      break;
    case BASE64:
      n = base64Write(dst, str, off, max);
      break;
    default:
      n = hexWrite(dst, str, off, max);
      lastWrite.chars = n * 2;
      return n;
  }
  lastWrite.chars = n;
  return n;
}
