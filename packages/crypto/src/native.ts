// The part of @n10/binding this package drives (OpenSSL 3 in the host node), declared here so
// that the package's types never depend on the optional binding, and the adapters that give
// its objects the engine shapes the rest of the package uses (provider.ts decides when).
//
// The binding is mechanism only (its types.ts is the contract): byte arrays in, fresh
// Uint8Arrays out, OpenSSL's own errors. Everything 0.10 decided — names, encodings, EVP's
// buffering and padding rules, messages — stays above, in TypeScript.
import type { Digest } from './hash/index';
import type { Mode } from './cipher/modes';

/** A native digest (binding.Hash). */
export interface NativeHash {
  update(data: Uint8Array, offset: number, length: number): void;
  digest(): Uint8Array;
  copy(): NativeHash;
}

/** A native HMAC (binding.Hmac). */
export interface NativeHmac {
  update(data: Uint8Array, offset: number, length: number): void;
  digest(): Uint8Array;
}

/** binding.CipherBase: an EVP cipher context. */
export interface NativeCipherBase {
  init(cipher: string, key: Uint8Array, iv: Uint8Array | null, encrypt: boolean): void;
  update(data: Uint8Array, offset: number, length: number): Uint8Array;
  final(): Uint8Array;
  setAutoPadding(on: boolean): boolean;
}

/** binding.Sign: EVP_SignInit/Update/Final. */
export interface NativeSign {
  init(digest: string): void;
  update(data: Uint8Array, offset: number, length: number): void;
  sign(key: Uint8Array, passphrase: Uint8Array | null): Uint8Array;
}

export interface NativeHashInfo {
  name: string;
  size: number;
  blockSize: number;
}

export interface NativeCipherInfo {
  name: string;
  keyLength: number;
  ivLength: number;
  blockSize: number;
  mode: string;
  variableKeyLength: boolean;
}

/** What the binding's thread-pool requests call back (randomFill, pbkdf2). */
export interface NativeRequest<T> {
  oncomplete(err: Error | null, result?: T): void;
}

/**
 * The members of @n10/binding used here. Each is optional: whatever is missing (an older
 * binding, a test's stand-in) is done by the portable code.
 */
export interface NativeCryptoBinding {
  /** Fills buffer[offset, offset + length) with strong random bytes; on the thread pool with a req. */
  randomFill?(buffer: Uint8Array, offset?: number | null, length?: number | null, req?: NativeRequest<void>): void;
  /** PBKDF2-HMAC-digest (iterations >= 1); on the thread pool with a req. */
  pbkdf2?(password: Uint8Array, salt: Uint8Array, iterations: number, keylen: number, digest: string, req?: NativeRequest<Uint8Array>): Uint8Array | undefined;
  /** EVP_BytesToKey: [key, iv] at the cipher's lengths. */
  bytesToKey?(cipher: string, digest: string, password: Uint8Array, salt: Uint8Array | null, count: number): [Uint8Array, Uint8Array];
  getHashInfo?(digest: string): NativeHashInfo | undefined;
  getCipherInfo?(cipher: string): NativeCipherInfo | undefined;
  /** base^exponent mod modulus, unsigned big-endian, no leading zeros. */
  modPow?(base: Uint8Array, exponent: Uint8Array, modulus: Uint8Array): Uint8Array;
  generatePrime?(bits: number, safe: boolean, add?: Uint8Array | null, rem?: Uint8Array | null): Uint8Array;
  checkPrime?(candidate: Uint8Array): boolean;
  Hash?: new (algorithm: string) => NativeHash;
  Hmac?: new (algorithm: string, key: Uint8Array) => NativeHmac;
  CipherBase?: new () => NativeCipherBase;
  Sign?: new () => NativeSign;
}

/** A native digest as a Digest. */
export class NativeDigest implements Digest {
  constructor(
    private readonly h: NativeHash,
    readonly size: number,
    readonly blockSize: number,
  ) {}

  update(data: Uint8Array, start: number, end: number): void {
    this.h.update(data, start, end - start);
  }

  finish(out: Uint8Array, offset: number): void {
    const d = this.h.digest();
    for (let i = 0; i < d.length; i++) out[offset + i] = d[i];
  }

  clone(): NativeDigest {
    return new NativeDigest(this.h.copy(), this.size, this.blockSize);
  }
}

/** A native HMAC as a MacEngine (provider.ts). */
export class NativeMac {
  constructor(
    private readonly h: NativeHmac,
    readonly size: number,
  ) {}

  update(data: Uint8Array, start: number, end: number): void {
    this.h.update(data, start, end - start);
  }

  finish(out: Uint8Array, offset: number): void {
    const d = this.h.digest();
    for (let i = 0; i < d.length; i++) out[offset + i] = d[i];
  }
}

/**
 * A native cipher context with OpenSSL's padding off, used as a raw mode of operation:
 * cipher/evp.ts hands it whole blocks (or, for the stream modes, any bytes) and does 0.10's
 * EVP buffering, held-back block and padding itself, exactly as for the portable modes. So
 * OpenSSL 3's EVP layer, which differs from 1.0.1e's in corner cases (padding switched off
 * with a block held back), never decides anything 0.10 programs see.
 */
export class NativeMode implements Mode {
  constructor(private readonly ctx: NativeCipherBase) {}

  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void {
    if (end > start) out.set(this.ctx.update(src, start, end - start), outPos);
  }

  run(src: Uint8Array, start: number, end: number): Uint8Array {
    return this.ctx.update(src, start, end - start);
  }
}
