// Public types of node 0.10's buffer module, as n10 ships them.

/** A node 0.10 Buffer: a Uint8Array with 0.10's methods (and 0.10's meanings of slice/fill/set). */
export interface Buffer extends Uint8Array<ArrayBuffer> {
  /** Writes `string` at `offset` (default 0); returns bytes written, never a partial character. */
  write(string: string, offset?: number, length?: number, encoding?: string): number;
  write(string: string, offset: number, encoding: string): number;
  /** 0.10 also accepted the older order. */
  write(string: string, encoding?: string, offset?: number, length?: number): number;
  toString(encoding?: string, start?: number, end?: number): string;
  /** The bytes as a plain array (0.10's form; `JSON.stringify(buf)` gives `[1,2,3]`). */
  toJSON(): number[];
  /** `<Buffer 68 69>`, at most `require('buffer').INSPECT_MAX_BYTES` bytes shown. */
  inspect(): string;
  /** Copies into `target` (a Buffer, or a foreign one); returns bytes copied. Regions may overlap. */
  copy(target: Buffer | ForeignBuffer, targetStart?: number, sourceStart?: number, sourceEnd?: number): number;
  /** A view on the same memory (not a copy); negative indexes count from the end. */
  slice(start?: number, end?: number): Buffer;
  /** Fills with a byte (a string gives its first character code). 0.10 returns undefined, or 0 for an empty range. */
  fill(value: number | string, offset?: number, end?: number): undefined | 0;
  fill(value: number, start?: number, end?: number): this;
  /** Deprecated in 0.10: `buf[offset]` with a range check. */
  get(offset: number): number | undefined;
  /** Deprecated in 0.10: `buf[offset] = value` with a range check; with an array-like first argument, Uint8Array's set. */
  set(offset: number, value: number): number;
  set(array: ArrayLike<number>, offset?: number): void;

  utf8Slice(start?: number, end?: number): string;
  binarySlice(start?: number, end?: number): string;
  asciiSlice(start?: number, end?: number): string;
  utf8Write(string: string, offset?: number): number;
  binaryWrite(string: string, offset?: number): number;
  asciiWrite(string: string, offset?: number): number;

  readUInt8(offset: number, noAssert?: boolean): number;
  readUInt16LE(offset: number, noAssert?: boolean): number;
  readUInt16BE(offset: number, noAssert?: boolean): number;
  readUInt32LE(offset: number, noAssert?: boolean): number;
  readUInt32BE(offset: number, noAssert?: boolean): number;
  readInt8(offset: number, noAssert?: boolean): number;
  readInt16LE(offset: number, noAssert?: boolean): number;
  readInt16BE(offset: number, noAssert?: boolean): number;
  readInt32LE(offset: number, noAssert?: boolean): number;
  readInt32BE(offset: number, noAssert?: boolean): number;
  readFloatLE(offset: number, noAssert?: boolean): number;
  readFloatBE(offset: number, noAssert?: boolean): number;
  readDoubleLE(offset: number, noAssert?: boolean): number;
  readDoubleBE(offset: number, noAssert?: boolean): number;
  writeUInt8(value: number, offset: number, noAssert?: boolean): void;
  writeUInt16LE(value: number, offset: number, noAssert?: boolean): void;
  writeUInt16BE(value: number, offset: number, noAssert?: boolean): void;
  writeUInt32LE(value: number, offset: number, noAssert?: boolean): void;
  writeUInt32BE(value: number, offset: number, noAssert?: boolean): void;
  writeInt8(value: number, offset: number, noAssert?: boolean): void;
  writeInt16LE(value: number, offset: number, noAssert?: boolean): void;
  writeInt16BE(value: number, offset: number, noAssert?: boolean): void;
  writeInt32LE(value: number, offset: number, noAssert?: boolean): void;
  writeInt32BE(value: number, offset: number, noAssert?: boolean): void;
  writeFloatLE(value: number, offset: number, noAssert?: boolean): void;
  writeFloatBE(value: number, offset: number, noAssert?: boolean): void;
  writeDoubleLE(value: number, offset: number, noAssert?: boolean): void;
  writeDoubleBE(value: number, offset: number, noAssert?: boolean): void;

  /** The SlowBuffer that holds this buffer's memory (undefined on a SlowBuffer itself). */
  readonly parent: SlowBuffer | undefined;
  /** Where this buffer starts in `parent` (undefined on a SlowBuffer). */
  readonly offset: number | undefined;
}

/**
 * A Buffer of another class, which n10 takes wherever 0.10 took a Buffer: a current Node's own
 * `Buffer`, npm `buffer`'s, another copy of @n10/buffer's (README: "Use with current Node").
 * Typed by the Buffer methods a plain Uint8Array lacks, which n10 refuses as 0.10 did.
 */
export interface ForeignBuffer extends Uint8Array {
  copy(target: Uint8Array, targetStart?: number, sourceStart?: number, sourceEnd?: number): number;
  readUInt8(offset: number, noAssert?: boolean): number;
  toString(encoding?: string, start?: number, end?: number): string;
}

export interface BufferConstructor {
  /** `size` bytes, zero-filled (0.10 left them uninitialised). */
  new (size: number): Buffer;
  new (array: ArrayLike<number>): Buffer;
  new (str: string, encoding?: string): Buffer;
  (size: number): Buffer;
  (array: ArrayLike<number>): Buffer;
  (str: string, encoding?: string): Buffer;
  readonly prototype: Buffer;
  isEncoding(encoding: unknown): boolean;
  isBuffer(obj: unknown): obj is Buffer;
  byteLength(string: string, encoding?: string): number;
  concat(list: readonly (Buffer | ForeignBuffer)[], totalLength?: number): Buffer;
  /** Slab size for small buffers; read at each new slab. */
  poolSize: number;
  /** Characters written by the last `buf.write()`, as 0.10 recorded them. */
  _charsWritten?: number;
}

/** 0.10's SlowBuffer: the memory behind pooled Buffers. Its instances are Buffers too. */
export interface SlowBuffer extends Buffer {
  hexSlice(start?: number, end?: number): string;
  base64Slice(start?: number, end?: number): string;
  ucs2Slice(start?: number, end?: number): string;
  hexWrite(string: string, offset?: number, length?: number): number;
  base64Write(string: string, offset?: number, length?: number): number;
  ucs2Write(string: string, offset?: number, length?: number): number;
}

export interface SlowBufferConstructor {
  new (size: number): SlowBuffer;
  (size: number): SlowBuffer;
  readonly prototype: SlowBuffer;
  byteLength(string: string, encoding?: string): number;
  /** 0.10 re-pointed a Buffer at a SlowBuffer's memory; typed arrays cannot be re-pointed. */
  makeFastBuffer(slow: SlowBuffer, fast: Buffer, offset: number, length: number): never;
  /** Characters taken by the last string write (set at the first write, as in 0.10). */
  _charsWritten?: number;
}

/** The value of `require('buffer')`. */
export interface BufferModule {
  /** How many bytes `buf.inspect()` shows; programs may change it. */
  INSPECT_MAX_BYTES: number;
  SlowBuffer: SlowBufferConstructor;
  Buffer: BufferConstructor;
}
