// 0.10's SlowBuffer: in 0.10 the C++-allocated memory that pooled Buffers pointed into. Here a
// SlowBuffer is a Buffer of its own (same memory model), with 0.10's constructor rules, its
// prototype (whose parent is Buffer.prototype) and its per-encoding methods.
import { Buffer, copy, encodingSlice, encodingWrite, fill, slice, toString, write } from './buffer';
import { SlowFastBuffer, adoptMemory } from './fast-buffer';
import * as rw from './read-write';
import type { SlowBufferConstructor } from './types';

/** new SlowBuffer(size): `size` must be an unsigned 32-bit integer. Zero-filled. */
const SlowBuffer = function (this: unknown, size?: unknown): SlowFastBuffer {
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
proto.binarySlice = encodingSlice(3);
proto.asciiSlice = encodingSlice(2);
proto.base64Slice = encodingSlice(4);
proto.ucs2Slice = encodingSlice(1);
proto.hexSlice = encodingSlice(5);
proto.utf8Slice = encodingSlice(0);
proto.utf8Write = encodingWrite('utf8');
proto.asciiWrite = encodingWrite('ascii');
proto.binaryWrite = encodingWrite('binary');
proto.base64Write = encodingWrite('base64');
proto.ucs2Write = encodingWrite('ucs2');
proto.hexWrite = encodingWrite('hex');
proto.readFloatLE = rw.readFloatLE;
proto.readFloatBE = rw.readFloatBE;
proto.readDoubleLE = rw.readDoubleLE;
proto.readDoubleBE = rw.readDoubleBE;
proto.writeFloatLE = rw.writeFloatLE;
proto.writeFloatBE = rw.writeFloatBE;
proto.writeDoubleLE = rw.writeDoubleLE;
proto.writeDoubleBE = rw.writeDoubleBE;
proto.fill = fill;
proto.copy = copy;
proto.constructor = SlowBuffer;
proto.toString = toString;
proto.write = write;
proto.slice = slice;

SlowBuffer.byteLength = Buffer.byteLength;
SlowBuffer.makeFastBuffer = function makeFastBuffer(): never {
  throw new Error('SlowBuffer.makeFastBuffer is not supported by n10: a Uint8Array cannot be re-pointed at other memory');
};

export { SlowBuffer };
