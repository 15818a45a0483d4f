// The codecs of @n10/binding (C, as 0.10's own were in node_buffer.cc), used where the binding
// is present (the n10 runtime, or a Node host with @n10/binding installed) and measured faster:
// base64 and hex both ways, above a few dozen bytes (below, the call costs more than it saves),
// and the UTF-8 size of long strings of wide characters.
//
// Looked up on first use, never at import: a browser bundle maps @n10/binding away (the
// package's `browser` field), and a program that never encodes a long string never loads it.
// The binding is mechanism only: the argument checks and 0.10's rules (odd hex length,
// encoding names, offsets) stay in buffer.ts; both implementations give the same bytes.

declare const require: ((id: string) => unknown) | undefined;

/** What this package uses of @n10/binding (declared here: the binding is optional). */
export interface NativeCodecs {
  base64Slice(bytes: Uint8Array, start: number, end: number): string;
  hexSlice(bytes: Uint8Array, start: number, end: number): string;
  /** Decodes `string` (its `length` passed along) into bytes[offset, offset + max); returns the count. */
  base64Write(string: string, length: number, bytes: Uint8Array, offset: number, max: number): number;
  hexWrite(string: string, length: number, bytes: Uint8Array, offset: number, max: number): number;
  /** Buffer.byteLength(string, 'utf8') of the first `length` units (a lone surrogate: 3 bytes). */
  utf8Length?(string: string, length: number): number;
}

function usable(b: unknown): b is NativeCodecs {
  const c = b as Partial<NativeCodecs> | null | undefined;
  return !!c && typeof c.base64Slice === 'function' && typeof c.hexSlice === 'function' && typeof c.base64Write === 'function' && typeof c.hexWrite === 'function';
}

let cached: NativeCodecs | null | undefined;

function lookup(): NativeCodecs | null {
  let found: NativeCodecs | null = null;
  try {
    if (typeof require === 'function') {
      const m = require('@n10/binding') as { default?: unknown };
      found = usable(m) ? m : usable(m.default) ? m.default : null;
    }
  } catch {
    found = null;
  }
  return found;
}

/** The binding's codecs, or null (a browser, a binding without them, or turned off). */
export function nativeCodecs(): NativeCodecs | null {
  if (cached === undefined) cached = lookup();
  return cached;
}

/**
 * For tests: use these codecs (null: the portable ones only; undefined: look the binding up
 * again on next use).
 */
export function setNativeCodecs(codecs: NativeCodecs | null | undefined): void {
  cached = codecs;
}

/** Byte counts from which the native codecs are used (measured on Node 20: the call's cost). */
export const NATIVE_SLICE_MIN = 64;
export const NATIVE_WRITE_MIN = 32;
export const NATIVE_LENGTH_MIN = 64;
