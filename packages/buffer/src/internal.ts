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
  if (u8 instanceof View) return u8;
  return new View(u8.buffer, u8.byteOffset, u8.length);
}

const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype) as object;
function getter<T>(name: string): (this: unknown) => T {
  return Object.getOwnPropertyDescriptor(typedArrayProto, name)!.get as (this: unknown) => T;
}
const bufferOf = getter<ArrayBufferLike>('buffer');
const byteOffsetOf = getter<number>('byteOffset');
const lengthOf = getter<number>('length');

/**
 * The Buffer n10 code should keep for a value a caller passed where 0.10 took a Buffer:
 * an n10 Buffer as it is; a foreign Buffer (the host's, npm `buffer`'s, another copy of
 * @n10/buffer's — see `Buffer.isBuffer`) as an n10 Buffer over the same memory, without
 * copying; `null` for anything else, a plain Uint8Array included (0.10 rejected those).
 */
export function adoptBuffer(value: unknown): BufferInstance | null {
  if (value instanceof View) return value;
  if (!buffer.Buffer.isBuffer(value)) return null;
  // The typed-array getters, not the value's own (a class could redefine `length`).
  return new View(bufferOf.call(value), byteOffsetOf.call(value), lengthOf.call(value));
}

/** True for a Buffer that is not of this copy of @n10/buffer (the host's, npm `buffer`'s…). */
export function isForeignBuffer(value: unknown): boolean {
  return !(value instanceof View) && buffer.Buffer.isBuffer(value);
}

/** V8 3.14's TypeError for `value.method(…)` when it is no function ("Object #<Foo> has no
 * method 'x'"), for siblings whose 0.10 code made such a call. */
export { noMethod } from './errors';
