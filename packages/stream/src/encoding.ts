// The byte and text facilities streams borrow from their siblings: @n10/buffer's Buffer and
// @n10/string_decoder's StringDecoder. Only the few operations streams need are typed here,
// so that this package does not depend on the whole surface of either.
import bufferModule from '@n10/buffer';
import { adoptBuffer } from '@n10/buffer/internal';
import stringDecoderModule from '@n10/string_decoder';

/** A Buffer as streams use it: bytes with a length, sliceable, copyable, printable. */
export interface StreamBuffer {
  readonly length: number;
  [index: number]: number;
  slice(start?: number, end?: number): StreamBuffer;
  // (A Uint8Array target too, so that a foreign Buffer — a current Node's own — is a StreamBuffer to TypeScript.)
  copy(target: StreamBuffer | Uint8Array, targetStart?: number, sourceStart?: number, sourceEnd?: number): number;
  toString(encoding?: string, start?: number, end?: number): string;
}

export interface BufferConstructor {
  prototype: object;
  new (size: number): StreamBuffer;
  new (str: string, encoding?: string): StreamBuffer;
  isBuffer(value: unknown): value is StreamBuffer;
  concat(list: StreamBuffer[], totalLength?: number): StreamBuffer;
}

/** A StringDecoder: turns buffers into whole characters, holding back split ones. */
export interface Decoder {
  write(buffer: StreamBuffer): string;
  end(buffer?: StreamBuffer): string;
}

interface DecoderConstructor {
  new (encoding?: string): Decoder;
}

// Read at call time, not import time, so that a load-order cycle between siblings (or a
// Buffer that is installed later) never leaves streams holding `undefined`.
const buffers = bufferModule as unknown as { Buffer: BufferConstructor };
const decoders = stringDecoderModule as unknown as { StringDecoder: DecoderConstructor };

// Buffer.isBuffer is `instanceof Buffer`, a prototype-chain walk (measured ~3x the cost of a
// direct prototype compare on Node 20). Streams ask it several times per chunk, and nearly
// every chunk is a plain Buffer: compare its prototype first, walk the chain otherwise.
let bufferProto: object | null = null;

export function isBuffer(value: unknown): value is StreamBuffer {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== null && proto === bufferProto) return true;
  // Plain objects and arrays (object-mode chunks) are not buffers: no chain walk for them.
  if (proto === Object.prototype || proto === Array.prototype || proto === null) return false;
  const ctor = buffers.Buffer;
  if (!ctor.isBuffer(value)) return false;
  // Remember the prototype of Buffer itself (not of a subclass), once it is there.
  if (proto === ctor.prototype) bufferProto = proto;
  else if (!(value instanceof ctor)) foreignSeen = true;
  return true;
}

// isBuffer is also true for a foreign Buffer (a current Node's own, npm `buffer`'s, another
// copy of @n10/buffer's: see @n10/buffer's README). A stream keeps an n10 Buffer over the same
// memory in its place (no copy), so _write, _transform, 'data' and read() only ever see n10's.
/** The Buffer a byte-mode stream keeps for a chunk isBuffer accepted. */
// Until isBuffer has met one (never, in the n10 runtime) that costs one flag test.
let foreignSeen = false;

export function ownBuffer(chunk: unknown): unknown {
  if (!foreignSeen || Object.getPrototypeOf(chunk) === bufferProto) return chunk;
  return adoptBuffer(chunk) ?? chunk;
}

/** The Buffer constructor, for `new Buffer(string, encoding)` made where 0.10 made it (its stack shows that function). */
export const BufferCtor: BufferConstructor = buffers.Buffer;

export function allocBuffer(size: number): StreamBuffer {
  return new buffers.Buffer(size);
}

export function concatBuffers(list: StreamBuffer[], totalLength: number): StreamBuffer {
  return buffers.Buffer.concat(list, totalLength);
}

/** The StringDecoder constructor, for `new StringDecoder(enc)` made where 0.10 made it (a bad
 * encoding's stack shows new ReadableState or Readable.setEncoding under it). */
export const DecoderCtor: DecoderConstructor = decoders.StringDecoder;
