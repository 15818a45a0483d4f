// buf.read*/write* for every integer and float width, with 0.10's checks and noAssert results.
//
// The checks are 0.10's own arithmetic, on purpose: `offset + 2 > length` with a string offset
// concatenates ('2' + 2 = '22') and fails, `null` and `true` pass as 0 and 1, and the byte
// accesses that follow are plain `this[offset + k]` so that noAssert reads beyond the end see
// `undefined` (0 once shifted, `undefined` itself from the 8-bit readers) and writes beyond it
// vanish. Each reader/writer sits next to its twin.
import { fromCallerOf, sited } from './errors';
import { littleEndian } from './host';

// Offsets and values reach these functions untyped from 0.10 programs; the declared `number`
// is what callers should pass, and the code keeps JS's own coercions for anything else.
type Buf = Uint8Array;

// Each method first tests the common case (an integer offset in range) inline; the checks
// below run only when that fails, and then throw 0.10's error (or let an odd offset through,
// as 0.10 did).
function checkOffset(offset: number, size: number, length: number): void {
  if (offset % 1 !== 0 || offset < 0) throw sited(new RangeError('offset is not uint'), 580, "    throw new RangeError('offset is not uint');");
  if (offset + size > length) {
    throw sited(new RangeError('Trying to access beyond buffer length'), 582, "    throw new RangeError('Trying to access beyond buffer length');");
  }
}

function checkInt(buf: Buf, value: number, offset: number, size: number, max: number, min: number): void {
  if (
    typeof value === 'number' && value >= min && value <= max && Math.floor(value) === value &&
    (offset >>> 0) === offset && offset + size <= buf.length
  ) return;
  if (value % 1 !== 0 || value > max || value < min) {
    throw sited(new TypeError('value is out of bounds'), 784, "    throw TypeError('value is out of bounds');");
  }
  if (offset % 1 !== 0 || offset < 0) throw sited(new TypeError('offset is not uint'), 786, "    throw TypeError('offset is not uint');");
  if (offset + size > buf.length) {
    throw sited(new RangeError('Trying to write outside buffer length'), 788, "    throw RangeError('Trying to write outside buffer length');");
  }
}

// The float/double writers: 0.10's checkOffset (called from the method itself, as there), then
// what its C++ half refused, thrown from the method (0.10 showed no frame of its own for it).
function isFloatWrite(buf: Buf, value: number, offset: number, size: number): boolean {
  return typeof value === 'number' && (offset >>> 0) === offset && offset + size <= buf.length;
}
function checkFloatArgs(value: number, offset: number): void {
  if (typeof value !== 'number') throw fromCallerOf(new TypeError('value not a number'), checkFloatArgs);
  // 0.10's C++ half then refused an offset that was not a number ('0', [0]).
  const t = typeof offset;
  if (t !== 'number' && t !== 'boolean' && offset !== null) throw fromCallerOf(new TypeError('offset is not uint'), checkFloatArgs);
}

export const readUInt8 = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 1 <= this.length)) checkOffset(offset, 1, this.length);
  return this[offset];
};

export const readInt8 = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 1 <= this.length)) checkOffset(offset, 1, this.length);
  const v = this[offset];
  return v & 0x80 ? v - 0x100 : v;
};

export const readUInt16LE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 2 <= this.length)) checkOffset(offset, 2, this.length);
  return this[offset] | (this[offset + 1] << 8);
};

export const readUInt16BE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 2 <= this.length)) checkOffset(offset, 2, this.length);
  return (this[offset] << 8) | this[offset + 1];
};

export const readInt16LE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 2 <= this.length)) checkOffset(offset, 2, this.length);
  const v = this[offset] | (this[offset + 1] << 8);
  return v & 0x8000 ? v - 0x10000 : v;
};

export const readInt16BE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 2 <= this.length)) checkOffset(offset, 2, this.length);
  const v = (this[offset] << 8) | this[offset + 1];
  return v & 0x8000 ? v - 0x10000 : v;
};

export const readUInt32LE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);
  return (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24)) >>> 0;
};

export const readUInt32BE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);
  return ((this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]) >>> 0;
};

export const readInt32LE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);
  return this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24);
};

export const readInt32BE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);
  return (this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3];
};

export const writeUInt8 = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 1, 0xff, 0);
  this[offset] = value;
};

export const writeInt8 = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 1, 0x7f, -0x80);
  // Number first, as in 0.10: a string value concatenates ('256-1') and stores 0.
  this[offset] = value < 0 ? 0x100 + value : value;
};

export const writeUInt16LE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 2, 0xffff, 0);
  this[offset] = value & 0xff;
  this[offset + 1] = (value >>> 8) & 0xff;
};

export const writeUInt16BE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 2, 0xffff, 0);
  this[offset] = (value >>> 8) & 0xff;
  this[offset + 1] = value & 0xff;
};

export const writeInt16LE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 2, 0x7fff, -0x8000);
  const v = value < 0 ? 0x10000 + value : value;
  this[offset] = v & 0xff;
  this[offset + 1] = (v >>> 8) & 0xff;
};

export const writeInt16BE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 2, 0x7fff, -0x8000);
  const v = value < 0 ? 0x10000 + value : value;
  this[offset] = (v >>> 8) & 0xff;
  this[offset + 1] = v & 0xff;
};

export const writeUInt32LE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 4, 0xffffffff, 0);
  this[offset] = value & 0xff;
  this[offset + 1] = (value >>> 8) & 0xff;
  this[offset + 2] = (value >>> 16) & 0xff;
  this[offset + 3] = (value >>> 24) & 0xff;
};

export const writeUInt32BE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 4, 0xffffffff, 0);
  this[offset] = (value >>> 24) & 0xff;
  this[offset + 1] = (value >>> 16) & 0xff;
  this[offset + 2] = (value >>> 8) & 0xff;
  this[offset + 3] = value & 0xff;
};

export const writeInt32LE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 4, 0x7fffffff, -0x80000000);
  const v = value < 0 ? 0x100000000 + value : value;
  this[offset] = v & 0xff;
  this[offset + 1] = (v >>> 8) & 0xff;
  this[offset + 2] = (v >>> 16) & 0xff;
  this[offset + 3] = (v >>> 24) & 0xff;
};

export const writeInt32BE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert) checkInt(this, value, offset, 4, 0x7fffffff, -0x80000000);
  const v = value < 0 ? 0x100000000 + value : value;
  this[offset] = (v >>> 24) & 0xff;
  this[offset + 1] = (v >>> 16) & 0xff;
  this[offset + 2] = (v >>> 8) & 0xff;
  this[offset + 3] = v & 0xff;
};

// Floats go through one shared scratch value and its bytes (faster than a DataView per call).
const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64b = new Uint8Array(f64.buffer);
// Index of the scratch byte that holds the value's k-th little-endian byte.
const le = (k: number, size: number): number => (littleEndian ? k : size - 1 - k);
const L0 = le(0, 4), L1 = le(1, 4), L2 = le(2, 4), L3 = le(3, 4);
const D0 = le(0, 8), D1 = le(1, 8), D2 = le(2, 8), D3 = le(3, 8), D4 = le(4, 8), D5 = le(5, 8), D6 = le(6, 8), D7 = le(7, 8);

// noAssert float reads take the offset as an integer (1.5 -> 1, '2' -> 2); bytes outside the
// buffer read as 0 (0.10 read whatever memory was there, or crashed).
function readAt(offset: number): number {
  if ((offset >>> 0) === offset) return offset;
  return Math.trunc(+offset) || 0;
}

// noAssert float writes: 0.10 added a string or object offset to the pool offset as text and
// wrote somewhere else in the pool, never into this buffer; numbers, booleans and null work.
function writeAt(offset: number): number {
  if ((offset >>> 0) === offset) return offset;
  const t = typeof offset;
  if (t === 'number') return Math.trunc(offset) || 0;
  if (t === 'boolean' || offset == null) return +offset;
  return NaN;
}

export const readFloatLE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);
  const o = readAt(offset);
  f32b[L0] = this[o];
  f32b[L1] = this[o + 1];
  f32b[L2] = this[o + 2];
  f32b[L3] = this[o + 3];
  return f32[0];
};

export const readFloatBE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);
  const o = readAt(offset);
  f32b[L3] = this[o];
  f32b[L2] = this[o + 1];
  f32b[L1] = this[o + 2];
  f32b[L0] = this[o + 3];
  return f32[0];
};

export const readDoubleLE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 8 <= this.length)) checkOffset(offset, 8, this.length);
  const o = readAt(offset);
  f64b[D0] = this[o];
  f64b[D1] = this[o + 1];
  f64b[D2] = this[o + 2];
  f64b[D3] = this[o + 3];
  f64b[D4] = this[o + 4];
  f64b[D5] = this[o + 5];
  f64b[D6] = this[o + 6];
  f64b[D7] = this[o + 7];
  return f64[0];
};

export const readDoubleBE = function (this: Buf, offset: number, noAssert?: boolean): number {
  if (!noAssert && !((offset >>> 0) === offset && offset + 8 <= this.length)) checkOffset(offset, 8, this.length);
  const o = readAt(offset);
  f64b[D7] = this[o];
  f64b[D6] = this[o + 1];
  f64b[D5] = this[o + 2];
  f64b[D4] = this[o + 3];
  f64b[D3] = this[o + 4];
  f64b[D2] = this[o + 5];
  f64b[D1] = this[o + 6];
  f64b[D0] = this[o + 7];
  return f64[0];
};

export const writeFloatLE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert && !isFloatWrite(this, value, offset, 4)) {
    checkOffset(offset, 4, this.length);
    checkFloatArgs(value, offset);
  }
  const o = writeAt(offset);
  if (o !== o) return;
  f32[0] = value;
  this[o] = f32b[L0];
  this[o + 1] = f32b[L1];
  this[o + 2] = f32b[L2];
  this[o + 3] = f32b[L3];
};

export const writeFloatBE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert && !isFloatWrite(this, value, offset, 4)) {
    checkOffset(offset, 4, this.length);
    checkFloatArgs(value, offset);
  }
  const o = writeAt(offset);
  if (o !== o) return;
  f32[0] = value;
  this[o] = f32b[L3];
  this[o + 1] = f32b[L2];
  this[o + 2] = f32b[L1];
  this[o + 3] = f32b[L0];
};

export const writeDoubleLE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert && !isFloatWrite(this, value, offset, 8)) {
    checkOffset(offset, 8, this.length);
    checkFloatArgs(value, offset);
  }
  const o = writeAt(offset);
  if (o !== o) return;
  f64[0] = value;
  this[o] = f64b[D0];
  this[o + 1] = f64b[D1];
  this[o + 2] = f64b[D2];
  this[o + 3] = f64b[D3];
  this[o + 4] = f64b[D4];
  this[o + 5] = f64b[D5];
  this[o + 6] = f64b[D6];
  this[o + 7] = f64b[D7];
};

export const writeDoubleBE = function (this: Buf, value: number, offset: number, noAssert?: boolean): void {
  if (!noAssert && !isFloatWrite(this, value, offset, 8)) {
    checkOffset(offset, 8, this.length);
    checkFloatArgs(value, offset);
  }
  const o = writeAt(offset);
  if (o !== o) return;
  f64[0] = value;
  this[o] = f64b[D7];
  this[o + 1] = f64b[D6];
  this[o + 2] = f64b[D5];
  this[o + 3] = f64b[D4];
  this[o + 4] = f64b[D3];
  this[o + 5] = f64b[D2];
  this[o + 6] = f64b[D1];
  this[o + 7] = f64b[D0];
};
