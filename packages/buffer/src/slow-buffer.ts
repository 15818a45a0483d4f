// 0.10's SlowBuffer: in 0.10 the C++-allocated memory that pooled Buffers pointed into. Here a
// SlowBuffer is a Buffer of its own (same memory model), with 0.10's constructor rules, its
// prototype (whose parent is Buffer.prototype) and its per-encoding methods.
import { Buffer, copy as copyImpl, encodingSlice, encodingWrite, slice, toString, trackCharsWritten, write } from './buffer';
import { SlowFastBuffer, adoptMemory } from './fast-buffer';
import { u8Fill } from './host';
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
const utf8WriteImpl = encodingWrite('utf8');
const asciiWriteImpl = encodingWrite('ascii');
const binaryWriteImpl = encodingWrite('binary');
const base64WriteImpl = encodingWrite('base64');
const ucs2WriteImpl = encodingWrite('ucs2');
const hexWriteImpl = encodingWrite('hex');
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
proto.utf8Write = function utf8Write(this: SlowFastBuffer, string: string, offset?: number): number {
  return utf8WriteImpl.call(this, string, offset);
};
proto.asciiWrite = function asciiWrite(this: SlowFastBuffer, string: string, offset?: number): number {
  return asciiWriteImpl.call(this, string, offset);
};
proto.binaryWrite = function binaryWrite(this: SlowFastBuffer, string: string, offset?: number): number {
  return binaryWriteImpl.call(this, string, offset);
};
proto.base64Write = function base64Write(this: SlowFastBuffer, string: string, offset?: number): number {
  return base64WriteImpl.call(this, string, offset);
};
proto.ucs2Write = function ucs2Write(this: SlowFastBuffer, string: string, offset?: number): number {
  return ucs2WriteImpl.call(this, string, offset);
};
proto.hexWrite = function hexWrite(this: SlowFastBuffer, string: string, offset?: number): number {
  return hexWriteImpl.call(this, string, offset);
};
proto.readFloatLE = function readFloatLE(this: SlowFastBuffer, offset: number, noAssert?: boolean): number {
  return rw.readFloatLE.call(this, offset, noAssert);
};
proto.readFloatBE = function readFloatBE(this: SlowFastBuffer, offset: number, noAssert?: boolean): number {
  return rw.readFloatBE.call(this, offset, noAssert);
};
proto.readDoubleLE = function readDoubleLE(this: SlowFastBuffer, offset: number, noAssert?: boolean): number {
  return rw.readDoubleLE.call(this, offset, noAssert);
};
proto.readDoubleBE = function readDoubleBE(this: SlowFastBuffer, offset: number, noAssert?: boolean): number {
  return rw.readDoubleBE.call(this, offset, noAssert);
};
proto.writeFloatLE = function writeFloatLE(this: SlowFastBuffer, value: number, offset: number, noAssert?: boolean): void {
  rw.writeFloatLE.call(this, value, offset, noAssert);
};
proto.writeFloatBE = function writeFloatBE(this: SlowFastBuffer, value: number, offset: number, noAssert?: boolean): void {
  rw.writeFloatBE.call(this, value, offset, noAssert);
};
proto.writeDoubleLE = function writeDoubleLE(this: SlowFastBuffer, value: number, offset: number, noAssert?: boolean): void {
  rw.writeDoubleLE.call(this, value, offset, noAssert);
};
proto.writeDoubleBE = function writeDoubleBE(this: SlowFastBuffer, value: number, offset: number, noAssert?: boolean): void {
  rw.writeDoubleBE.call(this, value, offset, noAssert);
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
proto.copy = function copy(this: SlowFastBuffer, target: Parameters<typeof copyImpl>[0], targetStart?: number, sourceStart?: number, sourceEnd?: number): number {
  return copyImpl.call(this, target, targetStart, sourceStart, sourceEnd);
};
// Not enumerable, as on 0.10's (but in its place among the own names).
Object.defineProperty(proto, 'constructor', { value: SlowBuffer, writable: true, configurable: true, enumerable: false });
proto.toString = toString;
proto.write = write;
proto.slice = slice;

SlowBuffer.byteLength = Buffer.byteLength;
SlowBuffer.makeFastBuffer = function (): never {
  throw new Error('SlowBuffer.makeFastBuffer is not supported by n10: a Uint8Array cannot be re-pointed at other memory');
};
// 0.10's SlowBuffer gets `_charsWritten` (after byteLength and makeFastBuffer) at the first write.
trackCharsWritten(SlowBuffer);

export { SlowBuffer };
