// Foreign Buffers: the Buffers of a program that uses @n10 packages from outside the n10 runtime.
//
// A program on a current Node has the host's `Buffer`; a browser bundle has npm `buffer`'s; a
// node_modules tree can hold two copies (or versions) of @n10/buffer. Each is a Uint8Array
// (subclass, or re-prototyped array) whose class is not n10's own. 0.10 accepted "a Buffer"
// wherever it took bytes, and a program written for 0.10 calls those Buffers Buffers, so n10
// does too. The rule, in one place:
//
//   A foreign Buffer is a Uint8Array (of any realm) that is not an n10 Buffer of this copy,
//   whose `constructor` is not Uint8Array and has an `isBuffer` function that answers true for it.
//
// That is the host's Buffer (`isBuffer` = instanceof), npm `buffer` (`_isBuffer` marker, which
// also survives minification, unlike a class name) and any other @n10/buffer. A plain
// Uint8Array is not a Buffer: 0.10 rejected one (`Invalid non-string/buffer chunk`, `Not a
// string or buffer`), and so does n10. Inside the n10 runtime there is no other Buffer class,
// so nothing there changes.
//
// n10 adopts a foreign Buffer as a zero-copy view (an n10 Buffer over the same memory), at the
// place where it enters a package, so code after that point sees only n10 Buffers.
import { FastBuffer } from './fast-buffer';

// %TypedArray%.prototype[Symbol.toStringTag]: 'Uint8Array' for a Uint8Array (or subclass) of any
// realm, undefined for anything else, without throwing and without reading the value's own props.
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag)!.get as (
  this: unknown,
) => string | undefined;

// Set while a foreign `isBuffer` runs: a class whose isBuffer is (or calls) this one cannot recurse.
let probing = false;

/** True for a Buffer of another class (host, npm `buffer`, another @n10/buffer); false for n10's own. */
export function isForeignBuffer(value: unknown): value is Uint8Array {
  if (typeof value !== 'object' || value === null || value instanceof FastBuffer) return false;
  if (typedArrayTag.call(value) !== 'Uint8Array') return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function' || ctor === Uint8Array) return false;
  const test = (ctor as { isBuffer?: unknown }).isBuffer;
  if (typeof test !== 'function' || probing) return false;
  probing = true;
  try {
    return (test as (v: unknown) => unknown).call(ctor, value) === true;
  } catch {
    return false;
  } finally {
    probing = false;
  }
}

// The typed-array getters themselves, so a class that redefines `length` or `buffer` cannot
// point the view elsewhere.
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype) as object;
function getter<T>(name: string): (this: Uint8Array) => T {
  return Object.getOwnPropertyDescriptor(typedArrayProto, name)!.get as (this: Uint8Array) => T;
}
const bufferOf = getter<ArrayBufferLike>('buffer');
const byteOffsetOf = getter<number>('byteOffset');
const lengthOf = getter<number>('length');

/** An n10 Buffer over a foreign Buffer's memory (no copy): writes through either show in both. */
export function adoptForeign(value: Uint8Array): FastBuffer {
  return new FastBuffer(bufferOf.call(value) as ArrayBuffer, byteOffsetOf.call(value), lengthOf.call(value));
}
