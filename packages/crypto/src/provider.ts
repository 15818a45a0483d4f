// The provider seam: every primitive is obtained here, by canonical algorithm name, so that a
// native implementation (OpenSSL through @n10/binding, which has none yet) can replace the
// portable one algorithm by algorithm. The rest of the package never asks where a primitive
// came from.
//
// The binding offers a provider by exporting `crypto` (a NativeCryptoProvider) and/or
// `randomFill`; each method may return null for an algorithm it does not have, and the
// portable implementation is used instead. The binding is looked up on first use, never at
// import (a browser bundle has none).
import process from '@n10/process';
import type { ProcessInternals } from '@n10/process/internal';
import type { Digest } from './hash/index';
import { createDigest } from './hash/index';

/** A running hash or HMAC: update, then finish once. */
export type HashEngine = Digest;

/** A cipher context in OpenSSL's EVP shape (see cipher/evp.ts for the portable one). */
export interface CipherEngine {
  /** Exactly the bytes the next update() of `inputLength` bytes returns. */
  updateLength(inputLength: number): number;
  /** Processes input[start, end) into out from 0 (out has updateLength bytes); returns the bytes written. */
  update(input: Uint8Array, start: number, end: number, out: Uint8Array): number;
  /** Writes the last bytes (padding handled; at most one block) into out; returns their count, or throws an OpenSslFailure. */
  final(out: Uint8Array): number;
  setAutoPadding(on: boolean): void;
}

/** What a native provider may implement; any member may be absent, any call may return null. */
export interface NativeCryptoProvider {
  createHash?(algorithm: string): HashEngine | null;
  createHmac?(algorithm: string, key: Uint8Array): HashEngine | null;
  createCipher?(algorithm: string, key: Uint8Array, iv: Uint8Array, decrypt: boolean): CipherEngine | null;
  pbkdf2?(password: Uint8Array, salt: Uint8Array, iterations: number, keylen: number): Uint8Array | null;
}

/** The binding's members this package looks for. */
export interface NativeCryptoBinding {
  /** Fills the array with cryptographically strong random bytes (uv_random), synchronously. */
  randomFill?(buffer: Uint8Array): void;
  crypto?: NativeCryptoProvider;
}

// @n10/process's internals (its native() finds the binding once for every package), reached
// through the process object rather than '@n10/process/internal' so that bundlers without
// subpath exports (browserify) cope, as @n10/timers does.
function native(): unknown {
  const internals = (process as unknown as Record<symbol, ProcessInternals | undefined>)[Symbol.for('n10.process.internals')];
  return internals ? internals.native() : null;
}

let cached: NativeCryptoBinding | null | undefined;

/** The binding's crypto members, or null (no binding, or a browser). */
export function nativeCrypto(): NativeCryptoBinding | null {
  if (cached !== undefined) return cached;
  let found: NativeCryptoBinding | null = null;
  try {
    const b = native() as NativeCryptoBinding | null;
    if (b && (typeof b.randomFill === 'function' || (b.crypto && typeof b.crypto === 'object'))) found = b;
  } catch {
    found = null;
  }
  cached = found;
  return found;
}

/** For tests: use this native provider (or none) from now on; undefined looks the binding up again. */
export function setNativeCrypto(b: NativeCryptoBinding | null | undefined): void {
  cached = b;
}

function provider(): NativeCryptoProvider | undefined {
  const b = nativeCrypto();
  return b ? b.crypto : undefined;
}

/** A hash engine for a canonical digest name (hash/index.ts). */
export function hashEngine(algorithm: string): HashEngine {
  const p = provider();
  const e = p && p.createHash ? p.createHash(algorithm) : null;
  return e || createDigest(algorithm);
}

/** A native HMAC engine, or null (hmac.ts builds the portable one). */
export function nativeHmac(algorithm: string, key: Uint8Array): HashEngine | null {
  const p = provider();
  return p && p.createHmac ? p.createHmac(algorithm, key) : null;
}

/** A native cipher engine, or null (cipher/evp.ts builds the portable one). */
export function nativeCipher(algorithm: string, key: Uint8Array, iv: Uint8Array, decrypt: boolean): CipherEngine | null {
  const p = provider();
  return p && p.createCipher ? p.createCipher(algorithm, key, iv, decrypt) : null;
}

/** A native PBKDF2-HMAC-SHA1, or null. */
export function nativePbkdf2(password: Uint8Array, salt: Uint8Array, iterations: number, keylen: number): Uint8Array | null {
  const p = provider();
  return p && p.pbkdf2 ? p.pbkdf2(password, salt, iterations, keylen) : null;
}
