// The provider seam: every primitive is obtained here, by canonical algorithm name, from
// OpenSSL through @n10/binding when it is there and agrees with the portable implementation,
// else from the portable TypeScript. The rest of the package never asks where a primitive
// came from, and 0.10's policy (argument checks, encodings, EVP's buffering and padding,
// messages, streams) stays above this file whichever engine runs.
//
// - The binding is looked up on first use, never at import: a browser bundle maps it away,
//   and a program that never hashes never loads it.
// - Each algorithm is decided once and the decision cached: native when the binding has it
//   and its answer to a known input equals the portable one (so a host OpenSSL that lacks an
//   algorithm, or computes it differently, falls back instead of changing results).
// - N10_CRYPTO_PORTABLE=1 in the environment (read at that first lookup) forces the portable
//   engines everywhere, entropy included when the engine has crypto.getRandomValues: how the
//   test suite runs both ways. setNativeCrypto() does the same from code.
import process from '@n10/process';
import type { ProcessInternals } from '@n10/process/internal';
import type { Mode } from './cipher/modes';
import type { CipherSpec } from './cipher/index';
import { createMode } from './cipher/index';
import type { Digest } from './hash/index';
import { createDigest, NATIVE_ONLY_DIGESTS } from './hash/index';
import { NativeDigest, NativeMac, NativeMode } from './native';
import type { NativeCryptoBinding, NativeDigestKind, NativeRequest, NativeSign } from './native';

export type { NativeCryptoBinding } from './native';

/** A running hash: update, then finish once; clone copies the running state. */
export type HashEngine = Digest;

/** A running MAC (HMAC): update, then finish once. */
export interface MacEngine {
  readonly size: number;
  update(data: Uint8Array, start: number, end: number): void;
  finish(out: Uint8Array, offset: number): void;
}

/** A cipher in 0.10's EVP shape (cipher/evp.ts): the output of each update, then of final. */
export interface CipherEngine {
  /** The output for input[start, end): a new SlowBuffer. */
  update(input: Uint8Array, start: number, end: number): Uint8Array;
  /** The last bytes (padding added, or checked and removed); throws an OpenSslFailure. */
  final(): Uint8Array;
  setAutoPadding(on: boolean): void;
}

// @n10/process's internals (its native() finds the binding once for every package), reached
// through the process object rather than '@n10/process/internal' so that bundlers without
// subpath exports (browserify) cope, as @n10/timers does.
function findBinding(): unknown {
  const internals = (process as unknown as Record<symbol, ProcessInternals | undefined>)[Symbol.for('n10.process.internals')];
  return internals ? internals.native() : null;
}

function portableForced(): boolean {
  try {
    const v = process.env.N10_CRYPTO_PORTABLE;
    return typeof v === 'string' && v !== '' && v !== '0';
  } catch {
    return false;
  }
}

let raw: NativeCryptoBinding | null | undefined;
let cached: NativeCryptoBinding | null | undefined;
let forced = false;
type NativeFill = NonNullable<NativeCryptoBinding['randomFill']>;
let fill: NativeFill | null | undefined;

// Per-algorithm decisions, cleared when the binding changes (setNativeCrypto).
const hashes = new Map<string, NativeDigestKind | null>();
const macs = new Map<string, NativeDigestKind | null>();
const ciphers = new Map<string, boolean>();
const pbkdf2s = new Map<string, boolean>();
const signers = new Map<string, boolean>();

/** The binding whatever the switch says, or null. */
function binding(): NativeCryptoBinding | null {
  if (raw !== undefined) return raw;
  let found: NativeCryptoBinding | null = null;
  try {
    const b = findBinding() as NativeCryptoBinding | null;
    if (b && typeof b === 'object') found = b;
  } catch {
    found = null;
  }
  raw = found;
  return found;
}

/** The binding (its crypto members), or null: none, a browser, or portable engines forced. */
export function nativeCrypto(): NativeCryptoBinding | null {
  if (cached !== undefined) return cached;
  forced = portableForced();
  cached = forced ? null : binding();
  return cached;
}

/** True when N10_CRYPTO_PORTABLE forced the portable engines. */
export function portableEnginesForced(): boolean {
  nativeCrypto();
  return forced;
}

/**
 * The binding's randomFill (OpenSSL's RAND_bytes), or null. Entropy has no portable twin to
 * check against: with the portable engines forced it is still offered, for random.ts to use
 * when the engine has no crypto.getRandomValues (the n10 runtime).
 */
export function nativeRandomFill(): NativeFill | null {
  if (fill !== undefined) return fill;
  nativeCrypto();
  const b = forced ? binding() : cached;
  const f = b && b.randomFill;
  fill = typeof f === 'function' ? f.bind(b) : null;
  return fill;
}

/** For tests: use this binding (null: none, the portable engines) from now on; undefined looks it up again. */
export function setNativeCrypto(b: NativeCryptoBinding | null | undefined): void {
  raw = b;
  cached = b;
  forced = false;
  fill = undefined;
  hashes.clear();
  macs.clear();
  ciphers.clear();
  pbkdf2s.clear();
  signers.clear();
}

/** The known-answer input every decision hashes: long enough for two SHA-512 blocks. */
function knownInput(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 167 + 13) & 0xff;
  return out;
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function digestOf(d: Digest | MacEngine, data: Uint8Array): Uint8Array {
  d.update(data, 0, data.length);
  const out = new Uint8Array(d.size);
  d.finish(out, 0);
  return out;
}

// 'sha' is SHA-0, which OpenSSL 3 no longer has (and no name of OpenSSL 3's means it).
const PORTABLE_ONLY_DIGESTS = new Set(['sha']);

/**
 * How to run the digest natively (name, hashId, sizes) when OpenSSL has the algorithm and
 * agrees with the portable one, both ways (one call at the end, and a native object); else null.
 */
function nativeHashInfo(algorithm: string): NativeDigestKind | null {
  const known = hashes.get(algorithm);
  if (known !== undefined) return known;
  let kind: NativeDigestKind | null = null;
  const b = nativeCrypto();
  if (b && b.Hash && b.getHashInfo && !PORTABLE_ONLY_DIGESTS.has(algorithm)) {
    try {
      const i = b.getHashInfo(algorithm);
      if (NATIVE_ONLY_DIGESTS.has(algorithm)) {
        // nothing to compare with: OpenSSL's size must be 0.10's (whirlpool's 64 bytes)
        if (i && i.size === 64) {
          const object: NativeDigestKind = { b, name: algorithm, id: -1, size: i.size, blockSize: i.blockSize };
          digestOf(new NativeDigest(object), knownInput(3));
          kind = object;
        }
        hashes.set(algorithm, kind);
        return kind;
      }
      const portable = createDigest(algorithm);
      if (i && i.size === portable.size) {
        const data = knownInput(300);
        const expected = digestOf(portable, data);
        const id = b.hashId && b.hashInto ? b.hashId(algorithm) : -1;
        const object: NativeDigestKind = { b, name: algorithm, id: -1, size: i.size, blockSize: portable.blockSize };
        const oneShot: NativeDigestKind = { ...object, id };
        if (same(digestOf(new NativeDigest(object), data), expected)) {
          kind = id >= 0 && same(digestOf(new NativeDigest(oneShot), data), expected) ? oneShot : object;
        }
      }
    } catch {
      kind = null;
    }
  }
  hashes.set(algorithm, kind);
  return kind;
}

/** Whether a canonical digest can be used here: the portable ones always, the native-only with OpenSSL. */
export function digestUsable(algorithm: string): boolean {
  return !NATIVE_ONLY_DIGESTS.has(algorithm) || nativeHashInfo(algorithm) !== null;
}

/** A hash engine for a canonical digest name (hash/index.ts). */
export function hashEngine(algorithm: string): HashEngine {
  const kind = nativeHashInfo(algorithm);
  return kind ? new NativeDigest(kind) : createDigest(algorithm);
}

/**
 * A native HMAC engine, or null (hmac.ts then builds the portable one). Decided per digest:
 * OpenSSL's HMAC must agree with the portable one on a key longer than the digest's block
 * (MDC-2's hashed key is longer than its block: OpenSSL 1.0.1 used the first block of it),
 * both through the binding's Hmac object and through hmacInto (small inputs).
 */
export function nativeMac(algorithm: string, key: Uint8Array, portable: (algorithm: string, key: Uint8Array) => MacEngine): MacEngine | null {
  const hash = nativeHashInfo(algorithm);
  if (!hash) return null;
  const b = hash.b;
  if (!b.Hmac) return null;
  if (NATIVE_ONLY_DIGESTS.has(algorithm)) return new NativeMac(hash, key);
  let kind = macs.get(algorithm);
  if (kind === undefined) {
    kind = null;
    try {
      const data = knownInput(200);
      const object: NativeDigestKind = { ...hash, id: -1 };
      let objectOk = true;
      let oneShotOk = hash.id >= 0 && !!b.hmacInto;
      for (const k of [knownInput(3), knownInput(hash.blockSize + 5)]) {
        const expected = digestOf(portable(algorithm, k), data);
        objectOk = objectOk && same(digestOf(new NativeMac(object, k), data), expected);
        oneShotOk = oneShotOk && same(digestOf(new NativeMac(hash, k), data), expected);
      }
      if (objectOk) kind = oneShotOk ? hash : object;
    } catch {
      kind = null;
    }
    macs.set(algorithm, kind);
  }
  return kind ? new NativeMac(kind, key) : null;
}

// The key lengths a variable-key cipher is checked with before it is used natively (0.10's
// Blowfish took up to 72 bytes of key, RC4 up to 256; the extremes are what could differ).
const VARIABLE_KEY_CHECKS = [1, 5, 16, 56, 72, 73, 256, 300];

function modeOutput(mode: Mode, blocks: Uint8Array, blockSize: number): Uint8Array {
  const out = new Uint8Array(blocks.length);
  // two calls: the mode's state must carry over (CBC chaining, OFB/CFB/CTR position)
  const half = (blocks.length >> 1) - ((blocks.length >> 1) % blockSize);
  mode.process(blocks, 0, half, out, 0);
  mode.process(blocks, half, blocks.length, out, half);
  return out;
}

function nativeContext(b: NativeCryptoBinding, spec: CipherSpec, key: Uint8Array, iv: Uint8Array, decrypt: boolean): NativeMode {
  const Cipher = b.CipherBase as NonNullable<NativeCryptoBinding['CipherBase']>;
  const ctx = new Cipher();
  ctx.init(spec.name, key, spec.ivLength ? iv : null, !decrypt);
  ctx.setAutoPadding(false);
  return new NativeMode(ctx);
}

/** Whether OpenSSL has the cipher with 0.10's sizes and agrees with the portable modes (decided once). */
function cipherIsNative(b: NativeCryptoBinding, spec: CipherSpec): boolean {
  const known = ciphers.get(spec.name);
  if (known !== undefined) return known;
  let ok = false;
  try {
    const i = b.getCipherInfo ? b.getCipherInfo(spec.name) : undefined;
    ok =
      !!i &&
      !!b.CipherBase &&
      i.keyLength === spec.keyLength &&
      i.ivLength === spec.ivLength &&
      i.blockSize === spec.blockSize &&
      i.variableKeyLength === spec.variableKey;
    // no portable engine to compare with: OpenSSL's sizes must be 0.10's, and it must start
    if (spec.nativeOnly) {
      if (ok) nativeContext(b, spec, knownInput(spec.keyLength), knownInput(spec.ivLength), false);
      ciphers.set(spec.name, ok);
      return ok;
    }
    const keyLengths = spec.variableKey ? VARIABLE_KEY_CHECKS : [spec.keyLength];
    // whole blocks (two or more per call) for the block modes, odd lengths for the stream modes
    const data = knownInput(spec.blockSize === 1 ? 47 : 64);
    for (let k = 0; ok && k < keyLengths.length; k++) {
      const key = knownInput(keyLengths[k] + 7).subarray(7);
      const iv = knownInput(spec.ivLength + 3).subarray(3);
      for (const decrypt of [false, true]) {
        const native = modeOutput(nativeContext(b, spec, key, iv, decrypt), data, spec.blockSize);
        const portable = modeOutput(createMode(spec, key, iv, decrypt), data, spec.blockSize);
        if (!same(native, portable)) ok = false;
      }
    }
  } catch {
    ok = false;
  }
  ciphers.set(spec.name, ok);
  return ok;
}

/** Whether a cipher can be used here: always for the portable ones, with OpenSSL for the native-only. */
export function cipherUsable(spec: CipherSpec): boolean {
  if (!spec.nativeOnly) return true;
  const b = nativeCrypto();
  return !!b && cipherIsNative(b, spec);
}

/** The mode of operation for a spec with a key and IV of the right lengths: OpenSSL's, or portable. */
export function cipherMode(spec: CipherSpec, key: Uint8Array, iv: Uint8Array, decrypt: boolean): Mode {
  const b = nativeCrypto();
  if (spec.nativeOnly) return nativeContext(b as NativeCryptoBinding, spec, key, iv, decrypt);
  if (b && cipherIsNative(b, spec)) {
    try {
      return nativeContext(b, spec, key, iv, decrypt);
    } catch {
      // a key OpenSSL refuses that 0.10 took: the portable mode, which takes it too
    }
  }
  return createMode(spec, key, iv, decrypt);
}

/** PBKDF2-HMAC-digest checked once against the portable derivation (RFC 6070's first vector for SHA-1). */
function pbkdf2IsNative(b: NativeCryptoBinding, digest: string, portable: Pbkdf2Function): boolean {
  let ok = pbkdf2s.get(digest);
  if (ok !== undefined) return ok;
  ok = false;
  try {
    if (b.pbkdf2) {
      const pw = knownInput(9);
      const salt = knownInput(5);
      ok = same(b.pbkdf2(pw, salt, 3, 45, digest) as Uint8Array, portable(digest, pw, salt, 3, 45));
    }
  } catch {
    ok = false;
  }
  pbkdf2s.set(digest, ok);
  return ok;
}

export type Pbkdf2Function = (digest: string, password: Uint8Array, salt: Uint8Array, iterations: number, keylen: number) => Uint8Array;

/**
 * PBKDF2-HMAC-digest natively, or null. Iterations below 1 count as 1, as OpenSSL 1.0.1
 * counted them (OpenSSL 3 refuses 0).
 */
export function nativePbkdf2(digest: string, password: Uint8Array, salt: Uint8Array, iterations: number, keylen: number, portable: Pbkdf2Function): Uint8Array | null {
  const b = nativeCrypto();
  if (!b || !nativeHashInfo(digest) || !pbkdf2IsNative(b, digest, portable)) return null;
  if (keylen === 0) return new Uint8Array(0);
  return (b.pbkdf2 as NonNullable<NativeCryptoBinding['pbkdf2']>)(password, salt, iterations < 1 ? 1 : iterations, keylen, digest) as Uint8Array;
}

/**
 * The same on libuv's thread pool, as 0.10 derived: `done(error, key)` from the loop. False
 * (and nothing started) when there is no native PBKDF2 for the digest.
 */
export function nativePbkdf2Async(
  digest: string,
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  keylen: number,
  portable: Pbkdf2Function,
  done: (error: Error | null, key: Uint8Array) => void,
): boolean {
  const b = nativeCrypto();
  if (!b || !nativeHashInfo(digest) || !pbkdf2IsNative(b, digest, portable) || keylen === 0) return false;
  const req: NativeRequest<Uint8Array> = {
    oncomplete(err, key) {
      done(err, key as Uint8Array);
    },
  };
  (b.pbkdf2 as NonNullable<NativeCryptoBinding['pbkdf2']>)(password, salt, iterations < 1 ? 1 : iterations, keylen, digest, req);
  return true;
}

function newSigner(b: NativeCryptoBinding, algorithm: string): NativeSign {
  const s = new (b.Sign as NonNullable<NativeCryptoBinding['Sign']>)();
  s.init(algorithm);
  return s;
}

/**
 * A native signer (EVP_Sign*) for a canonical digest name, or null. Decided once per digest by
 * `check`, which signs a known input with a known key and compares with n10's own signature.
 */
export function nativeSigner(algorithm: string, check: (signer: NativeSign) => boolean): NativeSign | null {
  const b = nativeCrypto();
  if (!b || !b.Sign || !nativeHashInfo(algorithm)) return null;
  let ok = signers.get(algorithm);
  if (ok === undefined) {
    try {
      ok = check(newSigner(b, algorithm));
    } catch {
      ok = false;
    }
    signers.set(algorithm, ok);
  }
  if (!ok) return null;
  try {
    return newSigner(b, algorithm);
  } catch {
    return null;
  }
}

/** base^exponent mod modulus (odd modulus) natively, big-endian without leading zeros; or null. */
export function nativeModPow(base: Uint8Array, exponent: Uint8Array, modulus: Uint8Array): Uint8Array | null {
  const b = nativeCrypto();
  return b && b.modPow ? b.modPow(base, exponent, modulus) : null;
}

/** A random safe prime of `bits` bits with p mod 24 = 11 (OpenSSL 1.0's DH parameters for generator 2), or null. */
export function nativeSafePrime(bits: number): Uint8Array | null {
  const b = nativeCrypto();
  return b && b.generatePrime ? b.generatePrime(bits, true, Uint8Array.of(24), Uint8Array.of(11)) : null;
}

/** BN_check_prime natively, or null. */
export function nativeCheckPrime(candidate: Uint8Array): boolean | null {
  const b = nativeCrypto();
  return b && b.checkPrime ? b.checkPrime(candidate) : null;
}
