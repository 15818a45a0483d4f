// The byte and text facilities streams borrow from their siblings: @n10/buffer's Buffer and
// @n10/string_decoder's StringDecoder. Only the few operations streams need are typed here,
// so that this package does not depend on the whole surface of either.
import bufferModule from '@n10/buffer';
import stringDecoderModule from '@n10/string_decoder';

/** A Buffer as streams use it: bytes with a length, sliceable, copyable, printable. */
export interface StreamBuffer {
  readonly length: number;
  [index: number]: number;
  slice(start?: number, end?: number): StreamBuffer;
  copy(target: StreamBuffer, targetStart?: number, sourceStart?: number, sourceEnd?: number): number;
  toString(encoding?: string, start?: number, end?: number): string;
}

interface BufferConstructor {
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

export function isBuffer(value: unknown): value is StreamBuffer {
  return buffers.Buffer.isBuffer(value);
}

export function bufferFrom(str: string, encoding: string): StreamBuffer {
  return new buffers.Buffer(str, encoding);
}

export function allocBuffer(size: number): StreamBuffer {
  return new buffers.Buffer(size);
}

export function concatBuffers(list: StreamBuffer[], totalLength: number): StreamBuffer {
  return buffers.Buffer.concat(list, totalLength);
}

export function newDecoder(encoding: string): Decoder {
  return new decoders.StringDecoder(encoding);
}
