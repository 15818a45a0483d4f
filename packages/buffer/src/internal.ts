// @n10/buffer/internal: for n10's own packages (net, fs, the runtime), not part of 0.10's module.
//
// Built as its own entry, so it reaches the Buffer classes through the package's public entry
// (one module instance for both) rather than importing them from ./fast-buffer.
import buffer from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';

type BufferView = new (store: ArrayBufferLike, byteOffset: number, length: number) => BufferInstance;

// Buffer's species is the Uint8Array subclass every Buffer is an instance of.
const View = (buffer.Buffer as unknown as { [Symbol.species]: BufferView })[Symbol.species];

/**
 * The native binding hands JS plain Uint8Arrays (socket and file reads); this makes one an
 * n10 Buffer over the same memory, without copying. A Buffer is returned as it is.
 */
export function fromUint8Array(u8: Uint8Array): BufferInstance {
  if (u8 instanceof buffer.Buffer) return u8;
  return new View(u8.buffer, u8.byteOffset, u8.length);
}
