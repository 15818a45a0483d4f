// node 0.10's Buffer: the constructor, its class methods and the instance methods, read top to
// bottom like the manual's section. Numeric read*/write* live in read-write.ts, the codecs in
// codecs/, allocation in pool.ts.
//
// Argument handling follows 0.10 exactly, including its coercions (checked against node
// v0.10.19): where 0.10's JavaScript let a value through to its C++ half, the C++ rule is
// reproduced (integers truncated, `Bad argument.` for non-integers), and where that C++ code
// read memory outside the buffer, n10 stays inside it (noted at each place).
import { allocate, commit, reserve, reserved } from './pool';
import { FastBuffer, SlowFastBuffer, parentOf } from './fast-buffer';
import { adoptForeign, isForeignBuffer } from './foreign';
import { bufferModule } from './module-object';
import {
  BASE64,
  HEX,
  UTF8,
  byteLengthOf,
  codecFor,
  codecOf,
  isEncodingName,
  lastWrite,
  lowerName,
  sliceWith,
  unknownEncoding,
  writeWith,
} from './encodings';
import { utf8ByteLength } from './codecs/utf8';
import { fromCallerOf, noMethod, readPropertyOf, sited } from './errors';
import { invalidHex } from './codecs/hex';
import { u8Fill, u8Set } from './host';
import * as rw from './read-write';
import type { Buffer as BufferInstance, BufferConstructor } from './types';

const K_MAX_LENGTH = 0x3fffffff;

// 0.10's length rule for `new Buffer(n)` and array-likes: ceil of a positive number, else 0.
function checkedLength(n: number): number {
  const len = n > 0 ? Math.ceil(n) : 0;
  if (len > K_MAX_LENGTH) {
    // 0.10's constructor threw it making the SlowBuffer behind a large Buffer (buffer.js:194).
    const er = len >= 0x100000000 ? new TypeError('Bad argument') : new RangeError('length > kMaxLength');
    throw fromCallerOf(sited(er, 194, '      this.parent = new SlowBuffer(this.length);', 20), checkedLength);
  }
  return len;
}

/**
 * new Buffer(size) · new Buffer(array) · new Buffer(str, [encoding]) — with or without `new`.
 * The internal 0.10 form new Buffer(parent, length, offset) gives a view on `parent`.
 */
// Buffer._charsWritten, and SlowBuffer's (0.10's C++ write set SlowBuffer._charsWritten and
// Buffer.prototype.write copied it to Buffer._charsWritten).
const charsWrittenOwners: { _charsWritten?: number }[] = [];
export function trackCharsWritten(ctor: { _charsWritten?: number }): void {
  charsWrittenOwners.push(ctor);
}
function setCharsWritten(n: number): void {
  for (let i = 0; i < charsWrittenOwners.length; i++) charsWrittenOwners[i]._charsWritten = n;
}

// Named, as 0.10's is (`[Function: Buffer]` when inspected).
// A declaration, and the bundle's only top-level `Buffer`, so the bundler keeps the name (a
// named function expression inside `const Buffer = …` would be renamed Buffer2/Buffer3).
function Buffer(this: unknown, subject?: unknown, encoding?: unknown, offset?: unknown): FastBuffer {
  if (typeof offset === 'number') return viewOf(subject, encoding, offset);
  switch (typeof subject) {
    case 'number':
      return allocate(checkedLength(subject), BufferCtor.poolSize);
    case 'string':
      return fromString(subject, encoding);
    case 'object':
      return fromArrayLike(subject);
    default:
      throw new TypeError('First argument needs to be a number, array or string.');
  }
}
const BufferCtor = Buffer as unknown as BufferConstructor & { poolSize: number; _charsWritten?: number };

Object.defineProperty(BufferCtor, 'name', { value: 'Buffer' });
trackCharsWritten(BufferCtor);
(BufferCtor as { prototype: unknown }).prototype = FastBuffer.prototype;
(FastBuffer.prototype as { constructor: unknown }).constructor = BufferCtor;
// Uint8Array methods that build a new array (subarray, map, filter…) build Buffers.
Object.defineProperty(BufferCtor, Symbol.species, { configurable: true, get: () => FastBuffer });

function fromString(str: string, encoding: unknown): FastBuffer {
  const poolSize = BufferCtor.poolSize;
  // 0.10's constructor measured with Buffer.byteLength and wrote with this.write: where a
  // program replaced either, they are called as there.
  if (proto.write !== write || BufferCtor.byteLength !== byteLength) return fromStringVia(str, encoding, poolSize);
  if (encoding === undefined || encoding === 'utf8') {
    // Reserve the worst case (3 bytes a UTF-16 unit) in the slab when it fits: saves
    // measuring the string before encoding it.
    const n = str.length;
    const off = reserve(n * 3, poolSize);
    if (off >= 0) {
      const written = writeWith(UTF8, reserved.bytes, str, off, n * 3);
      setCharsWritten(lastWrite.chars);
      return commit(off, written);
    }
    const buf = allocate(utf8ByteLength(str), poolSize);
    writeWith(UTF8, buf, str, 0, buf.length);
    setCharsWritten(lastWrite.chars);
    return buf;
  }
  // 0.10: room for Buffer.byteLength(str, encoding), then this.write(str, 0, encoding) with
  // write's own argument rules (a number here is a length), then length = bytes written.
  if (encoding === 'base64' || (encoding === 'hex' && str.length % 2 === 0)) {
    // What that write comes to for these two (no view made for it: the buffer is the only one).
    const codec = encoding === 'hex' ? HEX : BASE64;
    const size = byteLengthOf(str, encoding);
    const off = reserve(size, poolSize);
    if (off >= 0) {
      const written = writeWith(codec, reserved.bytes, str, off, size);
      setCharsWritten(lastWrite.chars);
      return commit(off, written);
    }
  }
  const size = byteLengthOf(str, encoding);
  const off = reserve(size, poolSize);
  const buf = off >= 0 ? new FastBuffer(reserved.bytes.buffer, off, size) : new FastBuffer(size);
  const written = write.call(buf, str, 0, encoding as number);
  if (off >= 0) return commit(off, written);
  return written === size ? buf : new FastBuffer(buf.buffer, 0, written);
}

function fromStringVia(str: string, encoding: unknown, poolSize: number): FastBuffer {
  const size = checkedLength(+BufferCtor.byteLength(str, encoding as string));
  const off = reserve(size, poolSize);
  const buf = off >= 0 ? new FastBuffer(reserved.bytes.buffer, off, size) : new FastBuffer(size);
  const r: unknown = (buf as unknown as BufferInstance).write(str, 0, encoding as number);
  // (0.10 took whatever it returned as the length; n10 keeps a count within the buffer.)
  const written = typeof r === 'number' && r >= 0 && r <= size ? Math.floor(r) : size;
  if (off >= 0) return commit(off, written);
  return written === size ? buf : new FastBuffer(buf.buffer, 0, written);
}

function fromArrayLike(subject: object | null): FastBuffer {
  if (subject === null) throw readPropertyOf('length', null);
  const src = subject as ArrayLike<unknown>;
  const rawLength = src.length;
  const buf = allocate(checkedLength(+(rawLength as number)), BufferCtor.poolSize);
  // 0.10 copied only when `length` is a number (for {length: '3'} it kept 3 bytes of garbage;
  // here they stay zero).
  if (typeof rawLength === 'number') {
    const n = buf.length;
    if (n === rawLength && (Array.isArray(subject) || ArrayBuffer.isView(subject))) {
      u8Set.call(buf, subject as ArrayLike<number>);
    } else {
      for (let i = 0; i < n; i++) buf[i] = src[i] as number;
    }
  }
  return buf;
}

function viewOf(parent: unknown, length: unknown, offset: number): FastBuffer {
  if (isForeignBuffer(parent)) parent = adoptForeign(parent);
  if (!(parent instanceof FastBuffer)) throw sited(new TypeError('First argument must be a Buffer when slicing'), 166, "      throw new TypeError('First argument must be a Buffer when slicing');");
  // 0.10 trusted these numbers and could reach outside `parent`; here the view stays inside it.
  const start = Math.min(Math.max(Math.trunc(offset) || 0, 0), parent.length);
  const len = Math.min(Math.max(Math.trunc(+(length as number)) || 0, 0), parent.length - start);
  return new FastBuffer(parent.buffer, parent.byteOffset + start, len);
}

// ——— class methods ———

// isEncoding, byteLength and concat are anonymous function expressions, as 0.10's are
// (`[Function]` in inspect output); isBuffer is named there.

/** Buffer.isEncoding(encoding): 0.10 lower-cases a truthy argument by calling its toLowerCase. */
const isEncoding = function (encoding: unknown): boolean {
  if (!encoding) return false;
  const lower = (encoding as { toLowerCase?: unknown }).toLowerCase;
  if (typeof lower !== 'function') throw noMethod(encoding, 'toLowerCase');
  const lowered: unknown = lower.call(encoding);
  return typeof lowered === 'string' && isEncodingName(lowered);
};

// True for n10's Buffers and for foreign ones (the host's, npm `buffer`'s, another
// @n10/buffer's: see foreign.ts); a plain Uint8Array is not a Buffer, as in 0.10.
function isBuffer(obj: unknown): obj is BufferInstance {
  return obj instanceof FastBuffer || isForeignBuffer(obj);
}

// 0.10's was SlowBuffer's C++ function: its TypeError's stack starts in the program.
const byteLength = function (string: string, encoding?: string): number {
  if (typeof string !== 'string') throw fromCallerOf(new TypeError('Argument must be a string'), byteLength);
  return byteLengthOf(string, encoding);
};

const concat = function (list: readonly BufferInstance[], totalLength?: number): BufferInstance {
  if (!Array.isArray(list)) throw sited(new TypeError('Usage: Buffer.concat(list, [length])'), 478, "    throw new TypeError('Usage: Buffer.concat(list, [length])');");
  if (list.length === 0) return allocate(0, BufferCtor.poolSize) as BufferInstance;
  if (list.length === 1) return isForeignBuffer(list[0]) ? (adoptForeign(list[0]) as BufferInstance) : list[0];
  let total = totalLength as number;
  if (typeof total !== 'number') {
    total = 0;
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as unknown;
      if (item === null || item === undefined) throw readPropertyOf('length', item);
      total += (item as { length: number }).length;
    }
  }
  const out = allocate(checkedLength(total), BufferCtor.poolSize);
  const size = out.length;
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    let item = list[i] as unknown;
    if (isForeignBuffer(item)) item = adoptForeign(item);
    // Same result as item.copy(out, pos) for these (integer, in-order) positions (0.10 called
    // item.copy: a replaced copy is called below, and so is ours where it throws, past the end
    // of a given length, so that the stack shows Buffer.copy called from concat, as in 0.10).
    if (item instanceof FastBuffer && (item as { copy?: unknown }).copy === copy && !(pos >= size && item.length !== 0 && size !== 0)) {
      const n = item.length;
      if (n !== 0 && size !== 0) copyBytes(item, 0, out, pos, n <= size - pos ? n : size - pos);
      pos += n;
    } else {
      const copyFn = item == null ? undefined : (item as { copy?: unknown }).copy;
      if (typeof copyFn !== 'function') throw noMethod(item, 'copy');
      copyFn.call(item, out, pos);
      pos += (item as { length: number }).length;
    }
  }
  return out as BufferInstance;
};

BufferCtor.isEncoding = isEncoding;
BufferCtor.poolSize = 8 * 1024;
BufferCtor.isBuffer = isBuffer;
BufferCtor.byteLength = byteLength;
BufferCtor.concat = concat as BufferConstructor['concat'];

// ——— instance methods ———

const HEX_BYTE: string[] = [];
for (let i = 0; i < 256; i++) HEX_BYTE.push((i < 16 ? '0' : '') + i.toString(16));

/** buf.inspect(): INSPECT_MAX_BYTES is read from the module object each time, compared with ==. */
function inspect(this: FastBuffer): string {
  const max = bufferModule.INSPECT_MAX_BYTES as unknown;
  const len = this.length;
  let out = '';
  for (let i = 0; i < len; i++) {
    out += (i === 0 ? '' : ' ') + HEX_BYTE[this[i]];
    // eslint-disable-next-line eqeqeq -- 0.10 compared loosely: INSPECT_MAX_BYTES = '2' works.
    if (i == (max as number)) {
      out += ' ...';
      break;
    }
  }
  const ctor = (this as { constructor?: { name?: unknown } }).constructor;
  const name = ctor && typeof ctor.name === 'string' ? ctor.name : 'Buffer';
  return `<${name} ${out}>`;
}

// get/set indexed 0.10's pool as `parent[this.offset + offset]`: null and booleans count as
// numbers, while a string or object offset became text and pointed elsewhere in the pool (or
// nowhere): n10 reads undefined and writes nothing for those.
function poolIndex(offset: unknown): number {
  if (typeof offset === 'number') return offset;
  if (offset === null) return 0;
  if (typeof offset === 'boolean') return offset ? 1 : 0;
  return NaN;
}

const OUT_OF_BOUNDS = "    throw new RangeError('offset is out of bounds');";

/** buf.get(offset), deprecated in 0.10. */
function get(this: FastBuffer, offset: number): number | undefined {
  if (offset < 0 || offset >= this.length) throw sited(new RangeError('offset is out of bounds'), 302, OUT_OF_BOUNDS);
  const i = poolIndex(offset);
  return i === i ? this[i] : undefined;
}

/** buf.set(offset, value), deprecated in 0.10; an array-like first argument gets Uint8Array's set. */
function set(this: FastBuffer, offset: number | ArrayLike<number>, value?: number): number | undefined {
  if (typeof offset === 'object' && offset !== null) {
    u8Set.call(this, offset, value);
    return undefined;
  }
  if (offset < 0 || offset >= this.length) throw sited(new RangeError('offset is out of bounds'), 309, OUT_OF_BOUNDS);
  const i = poolIndex(offset);
  if (i === i) this[i] = value as number;
  return value as number;
}

// Where 0.10's buf.write called the C++ hexWrite, which threw for an odd-length string.
const HEX_WRITE_LINE = '      ret = this.parent.hexWrite(string, this.offset + offset, length);';

/**
 * write()'s arguments as 0.10's Buffer and SlowBuffer read them: (offset, [length], [encoding]),
 * or the older (encoding, offset, length); `at` where to start, `max` how many bytes at most.
 */
export function writeArguments(size: number, offset: unknown, length: unknown, encoding: unknown): { at: number; max: number; enc: unknown } {
  let off = offset;
  let len = length;
  let enc = encoding;
  if (isFinite(off as number)) {
    if (!isFinite(len as number)) {
      enc = len;
      len = undefined;
    }
  } else {
    const swap = enc;
    enc = off;
    off = len;
    len = swap;
  }
  const at = +(off as number) || 0;
  const remaining = size - at;
  let max = remaining;
  if (len) {
    max = +(len as number);
    if (max > remaining) max = remaining;
  }
  return { at, max, enc };
}

/** buf.write(string, [offset], [length], [encoding]), and 0.10's older (string, encoding, offset, length). */
const write = function (this: FastBuffer, string: string, offset?: number, length?: number, encoding?: string): number {
  const args = writeArguments(this.length, offset, length, encoding);
  let at = args.at;
  let max = args.max;
  const enc = args.enc;
  const lowered = lowerName(enc);
  if (string === undefined || string === null) throw readPropertyOf('length', string);
  if ((string as { length: number }).length > 0 && (max < 0 || at < 0)) {
    throw sited(new RangeError('attempt to write beyond buffer bounds'), 343, "    throw new RangeError('attempt to write beyond buffer bounds');");
  }
  const codec = codecOf(lowered);
  if (codec < 0) throw fromCallerOf(sited(unknownEncoding(lowered), 377, "      throw new TypeError('Unknown encoding: ' + encoding);"), fromCallerOf);
  if (typeof string !== 'string') throw new TypeError('Argument must be a string');
  if (string.length === 0) {
    setCharsWritten(0);
    return 0;
  }
  // The C++ half took both as integers (and refused an odd-length hex string).
  at = Math.floor(at);
  max = Math.floor(max);
  if (codec === HEX && string.length % 2 !== 0) throw fromCallerOf(sited(invalidHex(), 348, HEX_WRITE_LINE, 24), fromCallerOf);
  const n = writeWith(codec, this, string, at, max);
  setCharsWritten(lastWrite.chars);
  return n;
};

/** buf.toJSON(): the bytes as a plain array. */
// 0.10's was Array.prototype.slice.call(this, 0): any array-like `this` (an object that a
// for-in copy of a Buffer filled, a string) gives its elements, one without a length none.
const toJSON = function (this: FastBuffer): number[] {
  if (!(this instanceof Uint8Array)) return Array.prototype.slice.call(this, 0) as number[];
  const len = this.length;
  const out = new Array<number>(len);
  for (let i = 0; i < len; i++) out[i] = this[i];
  return out;
};

/** buf.toString([encoding], [start], [end]). */
const toString = function (this: FastBuffer, encoding?: string, start?: number, end?: number): string {
  const len = this.length;
  if (encoding === undefined && start === undefined && end === undefined) return sliceWith(UTF8, this, 0, len);
  const codec = codecFor(encoding);
  // Non-numbers mean the defaults; numbers are clamped to the buffer (NaN passes through and
  // fails the integer check, as 0.10's C++ half did).
  const s = typeof start === 'number' ? (start < 0 ? 0 : start > len ? len : start) : 0;
  const e = typeof end === 'number' ? (end > len ? len : end < 0 ? 0 : end) : len;
  if (s % 1 !== 0 || e % 1 !== 0) throw new TypeError('Bad argument.');
  if (s > e) throw new Error('Must have start <= end');
  return sliceWith(codec, this, s, e);
};

// What 0.10's C++ accepted as a position: an integral number, or a boolean.
function isIntegral(v: unknown): boolean {
  return typeof v === 'boolean' || (typeof v === 'number' && v % 1 === 0);
}

/** buf.fill(value, [offset], [end]): returns undefined, or 0 when there is nothing to fill. */
function fill(this: FastBuffer, value?: number | string, offset?: number, end?: number): undefined | 0 {
  let v: unknown = value || 0;
  const len = this.length;
  const e: unknown = end || len;
  const s: unknown = offset || 0;
  if (typeof v === 'string') v = v.charCodeAt(0);
  if (typeof v !== 'number' || v !== v) throw sited(new TypeError('value is not a number'), 453, "    throw new TypeError('value is not a number');");
  if ((e as number) < (s as number)) throw sited(new RangeError('end < start'), 456, "  if (end < start) throw new RangeError('end < start');");
  if (e === s) return 0;
  if ((s as number) < 0 || (s as number) >= len) throw sited(new RangeError('start out of bounds'), 463, "    throw new RangeError('start out of bounds');");
  if ((e as number) < 0 || (e as number) > len) throw sited(new RangeError('end out of bounds'), 467, "    throw new RangeError('end out of bounds');");
  // The C++ half: the value must be an int32, the bounds integers.
  if (((v as number) | 0) !== v) throw new Error('value is not a number');
  if (!isIntegral(s) || !isIntegral(e)) throw new TypeError('Bad argument.');
  u8Fill.call(this, (v as number) & 0xff, +(s as number), +(e as number));
  return undefined;
}

// A string that got past copy()'s JavaScript checks was added to the pool offset as text by
// 0.10's C++ call ('2' + 1560 = 21560), landing out of bounds; '0' happened to still work.
const OUT_OF_RANGE = 0x7fffffff;
function nativeIndex(v: unknown): number {
  if (typeof v === 'number') return Math.floor(v);
  if (v === null || typeof v === 'boolean') return v === true ? 1 : 0;
  return Number(String(v)) === 0 ? 0 : OUT_OF_RANGE;
}

function copyBytes(src: Uint8Array, from: number, dst: Uint8Array, to: number, n: number): void {
  if (n < 32) {
    if (src.buffer !== dst.buffer || to + dst.byteOffset <= from + src.byteOffset) {
      for (let i = 0; i < n; i++) dst[to + i] = src[from + i];
    } else {
      for (let i = n - 1; i >= 0; i--) dst[to + i] = src[from + i];
    }
    return;
  }
  // Uint8Array's set copies through a temporary when both share memory, so overlap is safe.
  u8Set.call(dst, from === 0 && n === src.length ? src : new Uint8Array(src.buffer, src.byteOffset + from, n), to);
}

/** buf.copy(targetBuffer, [targetStart], [sourceStart], [sourceEnd]): returns bytes copied. */
const copy = function (this: FastBuffer, target: BufferInstance, targetStart?: number, sourceStart?: number, sourceEnd?: number): number {
  // Fast path: a Buffer target and integer positions (or defaults) already in range, where all
  // of 0.10's rules below come to the same thing.
  if (target instanceof FastBuffer) {
    const slen = this.length;
    const tlen = target.length;
    const ts = targetStart === undefined ? 0 : targetStart;
    const ss = sourceStart === undefined ? 0 : sourceStart;
    const se = sourceEnd === undefined ? slen : sourceEnd;
    if ((ts >>> 0) === ts && (ss >>> 0) === ss && (se >>> 0) === se && ts < tlen && ss < se && se <= slen) {
      const n = se - ss < tlen - ts ? se - ss : tlen - ts;
      copyBytes(this, ss, target, ts, n);
      return n;
    }
  }
  // A foreign Buffer target is written through an n10 view of its memory.
  if (isForeignBuffer(target)) return copy.call(this, adoptForeign(target) as BufferInstance, targetStart, sourceStart, sourceEnd);
  return copySlow.call(this, target, targetStart, sourceStart, sourceEnd);
};

function copySlow(this: FastBuffer, target: BufferInstance, targetStart?: number, sourceStart?: number, sourceEnd?: number): number {
  if (target === undefined || target === null) throw fromCallerOf(readPropertyOf('length', target), copySlow);
  const slen = this.length;
  const tlen = target.length;
  // 0.10's JavaScript half: undefined/NaN/out-of-range values become the defaults.
  let ts: unknown = (targetStart as number) >= 0 ? targetStart : 0;
  const ss: unknown = (sourceStart as number) >= 0 ? sourceStart : 0;
  let se: unknown = (sourceEnd as number) < slen ? sourceEnd : slen;
  if (se === ss || tlen === 0 || slen === 0 || (ss as number) > slen) return 0;
  if ((se as number) < (ss as number)) throw fromCallerOf(sited(new RangeError('sourceEnd < sourceStart'), 523, "    throw new RangeError('sourceEnd < sourceStart');"), copySlow);
  if ((ts as number) >= tlen) throw fromCallerOf(sited(new RangeError('targetStart out of bounds'), 526, "    throw new RangeError('targetStart out of bounds');"), copySlow);
  if (tlen - (ts as number) < (se as number) - (ss as number)) se = tlen - (ts as number) + (ss as number);
  // …and its C++ half.
  if (!(target instanceof FastBuffer)) throw fromCallerOf(new TypeError('First arg should be a Buffer'), copySlow);
  ts = nativeIndex(ts);
  const t = ts as number;
  const s = nativeIndex(ss);
  const e = nativeIndex(se);
  if (e < s) throw fromCallerOf(new RangeError('sourceEnd < sourceStart'), copySlow);
  if (e === s) return 0;
  if (t < 0 || t >= tlen) throw fromCallerOf(new RangeError('targetStart out of bounds'), copySlow);
  if (s < 0 || s >= slen) throw fromCallerOf(new RangeError('sourceStart out of bounds'), copySlow);
  if (e < 0 || e > slen) throw fromCallerOf(new RangeError('sourceEnd out of bounds'), copySlow);
  const n = Math.min(e - s, tlen - t);
  copyBytes(this, s, target, t, n);
  return n;
}

// slice's index rule: non-numbers are the default, numbers truncate, negatives count from the end.
function sliceIndex(v: unknown, len: number, dflt: number): number {
  if (typeof v !== 'number') return dflt;
  const i = ~~v;
  if (i >= len) return len;
  if (i >= 0) return i;
  const j = i + len;
  return j >= 0 ? j : 0;
}

/** buf.slice([start], [end]): a Buffer on the same memory. */
const slice = function (this: FastBuffer, start?: number, end?: number): BufferInstance {
  const len = this.length;
  const s = start === undefined ? 0 : sliceIndex(start, len, 0);
  let e = end === undefined ? len : sliceIndex(end, len, len);
  if (e < s) e = s;
  return new FastBuffer(this.buffer, this.byteOffset + s, e - s) as BufferInstance;
};

// 0.10's per-encoding helpers on Buffer.prototype.
function encodingSlice(codec: number) {
  return function (this: FastBuffer, start?: number, end?: number): string {
    return toString.call(this, codecName[codec], start, end);
  };
}
const codecName = ['utf8', 'ucs2', 'ascii', 'binary', 'base64', 'hex'];
function viaToString(encoding: string) {
  return function (this: BufferInstance, start?: number, end?: number): string {
    return this.toString(encoding, start, end);
  };
}
function viaWrite(encoding: string) {
  return function (this: BufferInstance, string: string, offset?: number): number {
    return this.write(string, offset as number, encoding as unknown as number);
  };
}

// Assigned (not class members) so they are enumerable like 0.10's, in 0.10's order. As in
// 0.10, inspect, get, set and fill are named functions, the others anonymous ([Function]).
const proto = FastBuffer.prototype as unknown as Record<string, unknown>;
proto.inspect = inspect;
proto.get = get;
proto.set = set;
proto.write = write;
proto.toJSON = toJSON;
proto.toString = toString;
proto.fill = fill;
proto.copy = copy;
proto.slice = slice;
// 0.10's were `this.toString('utf8', start, end)` and `this.write(string, offset, 'utf8')`:
// through the buffer's own toString and write, which a program may have replaced.
proto.utf8Slice = viaToString('utf8');
proto.binarySlice = viaToString('binary');
proto.asciiSlice = viaToString('ascii');
proto.utf8Write = viaWrite('utf8');
proto.binaryWrite = viaWrite('binary');
proto.asciiWrite = viaWrite('ascii');
for (const name of [
  'readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE',
  'readInt8', 'readInt16LE', 'readInt16BE', 'readInt32LE', 'readInt32BE',
  'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
  'writeUInt8', 'writeUInt16LE', 'writeUInt16BE', 'writeUInt32LE', 'writeUInt32BE',
  'writeInt8', 'writeInt16LE', 'writeInt16BE', 'writeInt32LE', 'writeInt32BE',
  'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE',
] as const) {
  proto[name] = rw[name];
}

// 0.10 kept `parent` and `offset` on each instance; n10 computes them (no per-buffer cost).
Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: true,
  get(this: FastBuffer) {
    // Not on Buffer.prototype itself (0.10: undefined there), nor on a SlowBuffer.
    return !(this instanceof FastBuffer) || this instanceof SlowFastBuffer ? undefined : parentOf(this);
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: true,
  get(this: FastBuffer) {
    return !(this instanceof FastBuffer) || this instanceof SlowFastBuffer ? undefined : this.byteOffset;
  },
});

export { BufferCtor as Buffer, copy, fill, slice, toString, write, encodingSlice, checkedLength };
