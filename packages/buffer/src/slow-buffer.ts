// 0.10's SlowBuffer: in 0.10 the C++-allocated memory that pooled Buffers pointed into. Here a
// SlowBuffer is a Buffer of its own (same memory model), with 0.10's constructor rules, its
// prototype (whose parent is Buffer.prototype) and its per-encoding methods.
import { Buffer, copy as copyImpl, encodingSlice, slice, trackCharsWritten, writeArguments } from './buffer';
import { ASCII, BASE64, BINARY, HEX, UCS2, UTF8, lastWrite, writeWith } from './encodings';
import { invalidHex } from './codecs/hex';
import { FastBuffer, SlowFastBuffer, adoptMemory } from './fast-buffer';
import { adoptForeign, isForeignBuffer } from './foreign';
import { u8Fill, u8Set } from './host';
import * as rw from './read-write';
import type { SlowBufferConstructor } from './types';

/** new SlowBuffer(size): `size` must be an unsigned 32-bit integer. Zero-filled. */
const SlowBuffer = function SlowBuffer(this: unknown, size?: unknown): SlowFastBuffer {
  if (typeof size !== 'number' || !(size >= 0 && size <= 0xffffffff && size % 1 === 0)) throw new TypeError('Bad argument');
  if (size > 0x3fffffff) throw new RangeError('length > kMaxLength');
  const slow = new SlowFastBuffer(size);
  adoptMemory(slow);
  return slow;
} as unknown as SlowBufferConstructor;

// 0.10's SlowBuffer was a C++ function: it declared no parameters.
Object.defineProperty(SlowBuffer, 'length', { value: 0 });
Object.defineProperty(SlowBuffer, 'name', { value: 'SlowBuffer' });
(SlowBuffer as { prototype: unknown }).prototype = SlowFastBuffer.prototype;

const proto = SlowFastBuffer.prototype as unknown as Record<string, unknown>;
Reflect.deleteProperty(proto, 'constructor'); // re-added below, in 0.10's place
// Own methods of 0.10's SlowBuffer.prototype, in 0.10's order.
// 0.10's were C++ functions with names (`[Function: hexSlice]` when inspected), where
// Buffer.prototype's JavaScript ones are anonymous: named wrappers over the shared code.
// Their start and end had no defaults: two int32s (not -0), 0 <= start <= end <= length.
function isInt32(v: unknown): v is number {
  return typeof v === 'number' && (v | 0) === v && !(v === 0 && 1 / v < 0);
}
function checkRange(buf: SlowFastBuffer, start: unknown, end: unknown): void {
  if (!isInt32(start) || !isInt32(end) || start < 0 || end < 0) throw new TypeError('Bad argument.');
  if (start > end) throw new Error('Must have start <= end');
  if (end > buf.length) throw new Error('end cannot be longer than parent.length');
}
const binarySliceImpl = encodingSlice(3);
const asciiSliceImpl = encodingSlice(2);
const base64SliceImpl = encodingSlice(4);
const ucs2SliceImpl = encodingSlice(1);
const hexSliceImpl = encodingSlice(5);
const utf8SliceImpl = encodingSlice(0);
// Their writes (string, offset, maxLength) were the C++ half of buf.write: offset taken as an
// int32 (a negative one is out of bounds), maxLength as a uint32 (absent: to the end); nothing
// to write when maxLength is 0; they set SlowBuffer._charsWritten (not Buffer's).
function slowWrite(codec: number) {
  return function (this: SlowFastBuffer, string: unknown, offset: unknown, maxLength: unknown): number {
    if (typeof string !== 'string') throw new TypeError('Argument must be a string');
    if (codec === HEX && string.length % 2 !== 0) throw invalidHex();
    const len = this.length;
    const at = (offset as number) | 0;
    const max = maxLength === undefined ? len - at : (maxLength as number) >>> 0;
    let n = 0;
    let chars = 0;
    if (max !== 0 && string.length > 0) {
      if (at < 0 || at > len) throw new TypeError('Offset is out of bounds');
      n = writeWith(codec, this, string, at, Math.min(len - at, max));
      chars = lastWrite.chars;
    }
    (SlowBuffer as { _charsWritten?: number })._charsWritten = chars;
    return n;
  };
}
const utf8WriteImpl = slowWrite(UTF8);
const asciiWriteImpl = slowWrite(ASCII);
const binaryWriteImpl = slowWrite(BINARY);
const base64WriteImpl = slowWrite(BASE64);
const ucs2WriteImpl = slowWrite(UCS2);
const hexWriteImpl = slowWrite(HEX);
proto.binarySlice = function binarySlice(this: SlowFastBuffer, start?: number, end?: number): string {
  checkRange(this, start, end);
  return binarySliceImpl.call(this, start, end);
};
proto.asciiSlice = function asciiSlice(this: SlowFastBuffer, start?: number, end?: number): string {
  checkRange(this, start, end);
  return asciiSliceImpl.call(this, start, end);
};
proto.base64Slice = function base64Slice(this: SlowFastBuffer, start?: number, end?: number): string {
  checkRange(this, start, end);
  return base64SliceImpl.call(this, start, end);
};
proto.ucs2Slice = function ucs2Slice(this: SlowFastBuffer, start?: number, end?: number): string {
  checkRange(this, start, end);
  return ucs2SliceImpl.call(this, start, end);
};
proto.hexSlice = function hexSlice(this: SlowFastBuffer, start?: number, end?: number): string {
  checkRange(this, start, end);
  return hexSliceImpl.call(this, start, end);
};
proto.utf8Slice = function utf8Slice(this: SlowFastBuffer, start?: number, end?: number): string {
  checkRange(this, start, end);
  return utf8SliceImpl.call(this, start, end);
};
proto.utf8Write = function utf8Write(this: SlowFastBuffer, string: string, offset?: number, maxLength?: number): number {
  return utf8WriteImpl.call(this, string, offset, maxLength);
};
proto.asciiWrite = function asciiWrite(this: SlowFastBuffer, string: string, offset?: number, maxLength?: number): number {
  return asciiWriteImpl.call(this, string, offset, maxLength);
};
proto.binaryWrite = function binaryWrite(this: SlowFastBuffer, string: string, offset?: number, maxLength?: number): number {
  return binaryWriteImpl.call(this, string, offset, maxLength);
};
proto.base64Write = function base64Write(this: SlowFastBuffer, string: string, offset?: number, maxLength?: number): number {
  return base64WriteImpl.call(this, string, offset, maxLength);
};
proto.ucs2Write = function ucs2Write(this: SlowFastBuffer, string: string, offset?: number, maxLength?: number): number {
  return ucs2WriteImpl.call(this, string, offset, maxLength);
};
proto.hexWrite = function hexWrite(this: SlowFastBuffer, string: string, offset?: number, maxLength?: number): number {
  return hexWriteImpl.call(this, string, offset, maxLength);
};
// Their float/double readers and writers were C++ too, with checks of their own (unless
// noAssert): a reader's offset, taken as a number, must be a whole number >= 0; a writer's
// value must be a number and its offset a uint32. (Out of bounds with noAssert, 0.10 read or
// wrote outside the buffer; n10 does what Buffer.prototype's do.)
function isUint32(v: unknown): v is number {
  return typeof v === 'number' && v >>> 0 === v && !(v === 0 && 1 / v < 0);
}
function slowRead(buf: SlowFastBuffer, read: (this: SlowFastBuffer, offset: number, noAssert?: boolean) => number, size: number, offset: unknown, noAssert: unknown): number {
  const o = Number(offset);
  if (!noAssert) {
    if (Math.trunc(o) !== o || o < 0 || o >= 0x8000000000000000) throw new TypeError('offset is not uint');
    if (o + size > buf.length) throw new RangeError('Trying to read beyond buffer length');
  }
  return read.call(buf, o, true);
}
function slowWriteNumber(
  buf: SlowFastBuffer,
  write: (this: SlowFastBuffer, value: number, offset: number, noAssert?: boolean) => void,
  size: number,
  value: unknown,
  offset: unknown,
  noAssert: unknown,
): void {
  if (!noAssert) {
    if (typeof value !== 'number') throw new TypeError('value not a number');
    if (!isUint32(offset)) throw new TypeError('offset is not uint');
    if (offset + size > buf.length) throw new RangeError('Trying to write beyond buffer length');
  }
  write.call(buf, Number(value), (offset as number) >>> 0, true);
}
proto.readFloatLE = function readFloatLE(this: SlowFastBuffer, offset: number, noAssert?: boolean): number {
  return slowRead(this, rw.readFloatLE, 4, offset, noAssert);
};
proto.readFloatBE = function readFloatBE(this: SlowFastBuffer, offset: number, noAssert?: boolean): number {
  return slowRead(this, rw.readFloatBE, 4, offset, noAssert);
};
proto.readDoubleLE = function readDoubleLE(this: SlowFastBuffer, offset: number, noAssert?: boolean): number {
  return slowRead(this, rw.readDoubleLE, 8, offset, noAssert);
};
proto.readDoubleBE = function readDoubleBE(this: SlowFastBuffer, offset: number, noAssert?: boolean): number {
  return slowRead(this, rw.readDoubleBE, 8, offset, noAssert);
};
proto.writeFloatLE = function writeFloatLE(this: SlowFastBuffer, value: number, offset: number, noAssert?: boolean): void {
  slowWriteNumber(this, rw.writeFloatLE, 4, value, offset, noAssert);
};
proto.writeFloatBE = function writeFloatBE(this: SlowFastBuffer, value: number, offset: number, noAssert?: boolean): void {
  slowWriteNumber(this, rw.writeFloatBE, 4, value, offset, noAssert);
};
proto.writeDoubleLE = function writeDoubleLE(this: SlowFastBuffer, value: number, offset: number, noAssert?: boolean): void {
  slowWriteNumber(this, rw.writeDoubleLE, 8, value, offset, noAssert);
};
proto.writeDoubleBE = function writeDoubleBE(this: SlowFastBuffer, value: number, offset: number, noAssert?: boolean): void {
  slowWriteNumber(this, rw.writeDoubleBE, 8, value, offset, noAssert);
};
// 0.10's SlowBuffer.prototype.fill was the C++ half of buf.fill, not Buffer.prototype.fill:
// no defaults (all three arguments must be int32s), and its own errors.
proto.fill = function fill(this: SlowFastBuffer, value: number, start: number, end: number): undefined {
  if (!isInt32(value)) throw new Error('value is not a number');
  checkRange(this, start, end);
  u8Fill.call(this, value & 0xff, start, end);
  return undefined;
};
Object.defineProperty(proto.fill, 'length', { value: 0, configurable: true });
// And its copy: the C++ half of buf.copy, positions taken as uint32s (sourceEnd absent: the end).
proto.copy = function copy(this: SlowFastBuffer, target: Parameters<typeof copyImpl>[0], targetStart?: number, sourceStart?: number, sourceEnd?: number): number {
  let dst: unknown = target;
  if (isForeignBuffer(dst)) dst = adoptForeign(dst);
  if (!(dst instanceof FastBuffer)) throw new TypeError('First arg should be a Buffer');
  const slen = this.length;
  const tlen = dst.length;
  const ts = (targetStart as number) >>> 0;
  const ss = (sourceStart as number) >>> 0;
  const se = sourceEnd === undefined ? slen : (sourceEnd as number) >>> 0;
  if (se < ss) throw new RangeError('sourceEnd < sourceStart');
  if (se === ss) return 0;
  if (ts >= tlen) throw new RangeError('targetStart out of bounds');
  if (ss >= slen) throw new RangeError('sourceStart out of bounds');
  if (se > slen) throw new RangeError('sourceEnd out of bounds');
  const n = Math.min(se - ss, tlen - ts);
  u8Set.call(dst, new Uint8Array(this.buffer, this.byteOffset + ss, n), ts);
  return n;
};
// Not enumerable, as on 0.10's (but in its place among the own names).
Object.defineProperty(proto, 'constructor', { value: SlowBuffer, writable: true, configurable: true, enumerable: false });
// 0.10's SlowBuffer.prototype.toString and write were JavaScript of their own (not Buffer's):
// they picked the per-encoding method by name and called it on `this`, whose C++ checks then
// applied (a start past the end throws, an offset past the end too), with no 'raw'.
function slowMethodName(lowered: string, suffix: 'Slice' | 'Write'): string {
  switch (lowered) {
    case 'hex':
    case 'ascii':
    case 'binary':
    case 'base64':
      return lowered + suffix;
    case 'utf8':
    case 'utf-8':
      return 'utf8' + suffix;
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'ucs2' + suffix;
    default:
      throw new TypeError('Unknown encoding: ' + lowered);
  }
}
type SlowMethod = (this: SlowFastBuffer, a: unknown, b?: unknown, c?: unknown) => unknown;
proto.toString = function (this: SlowFastBuffer, encoding?: string, start?: number, end?: number): string {
  const lowered = String(encoding || 'utf8').toLowerCase();
  const s = +(start as number) || 0;
  const e = typeof end === 'number' ? end : this.length;
  if (+e === s) return '';
  const method = slowMethodName(lowered, 'Slice');
  return (this as unknown as Record<string, SlowMethod>)[method].call(this, s, e) as string;
};
proto.write = function (this: SlowFastBuffer, string: string, offset?: unknown, length?: unknown, encoding?: unknown): number {
  const { at, max, enc } = writeArguments(this.length, offset, length, encoding);
  const method = slowMethodName(String(enc || 'utf8').toLowerCase(), 'Write');
  return (this as unknown as Record<string, SlowMethod>)[method].call(this, string, at, max) as number;
};
proto.slice = slice;

SlowBuffer.byteLength = Buffer.byteLength;
SlowBuffer.makeFastBuffer = function (): never {
  throw new Error('SlowBuffer.makeFastBuffer is not supported by n10: a Uint8Array cannot be re-pointed at other memory');
};
// 0.10's SlowBuffer gets `_charsWritten` (after byteLength and makeFastBuffer) at the first write.
trackCharsWritten(SlowBuffer);

export { SlowBuffer };
