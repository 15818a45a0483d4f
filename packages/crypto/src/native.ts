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
  /** A small integer naming the digest for hashInto/hmacInto, or -1. */
  hashId?(digest: string): number;
  /** The digest of data[offset, offset + length), written to out[outOffset…]: one call, no object. */
  hashInto?(id: number, data: Uint8Array, offset: number, length: number, out: Uint8Array, outOffset: number): void;
  /** The same for HMAC with `key`. */
  hmacInto?(id: number, key: Uint8Array, data: Uint8Array, offset: number, length: number, out: Uint8Array, outOffset: number): void;
  getCipherInfo?(cipher: string): NativeCipherInfo | undefined;
  /** base^exponent mod modulus, unsigned big-endian, no leading zeros. */
  modPow?(base: Uint8Array, exponent: Uint8Array, modulus: Uint8Array): Uint8Array;
  generatePrime?(bits: number, safe: boolean, add?: Uint8Array | null, rem?: Uint8Array | null): Uint8Array;
  checkPrime?(candidate: Uint8Array): boolean;
  Hash?: new (algorithm: string) => NativeHash;
  Hmac?: new (algorithm: string, key: Uint8Array) => NativeHmac;
  CipherBase?: new () => NativeCipherBase;
  Sign?: new () => NativeSign;
  /** An SSL_CTX (the tls binding); here only to read PKCS #12 data as 0.10's loadPKCS12 did. */
  SecureContext?: new () => NativeSecureContext;
}

/** binding.SecureContext, the part credentials.ts uses. */
export interface NativeSecureContext {
  init(kind: number): void;
  loadPKCS12(pfx: Uint8Array, passphrase: string | null): void;
}

// Small inputs are where a native engine loses: a Hash object (napi_wrap, a finalizer, an EVP
// context kept until the collector runs) and a call per update cost more than hashing 64
// bytes. So input is gathered in JavaScript and hashed by one call at the end (hashInto, no
// object) when it stays under ONE_SHOT_MAX bytes; past that a native context is made and fed
// in batches: updates shorter than DIRECT_MIN are copied into the pending buffer (a copy is
// cheaper than a call into the binding), longer ones go straight through. Measured on node 20:
// a call into the binding costs about as much as copying 1 KiB.
const ONE_SHOT_MAX = 4096;
const DIRECT_MIN = 1024;
const PENDING_MAX = 4096;
const NONE = new Uint8Array(0);

// Pending input and HMAC keys live in views of a shared slab, never in small arrays of their
// own: V8 keeps a new Uint8Array of 64 bytes or less inside its heap, and handing one to the
// binding moves it out (a backing store allocated and tracked per array), which cost more than
// the hashing. Regions are not reused: a slab goes when the last view of it does.
const SLAB_SIZE = 32768;
const SLAB_MAX = 4096;
let slab = new ArrayBuffer(SLAB_SIZE);
let slabUsed = 0;

function region(size: number): Uint8Array {
  if (size > SLAB_MAX) return new Uint8Array(size);
  if (slabUsed + size > SLAB_SIZE) {
    slab = new ArrayBuffer(SLAB_SIZE);
    slabUsed = 0;
  }
  const r = new Uint8Array(slab, slabUsed, size);
  slabUsed += (size + 7) & ~7;
  return r;
}

/** What a native digest or HMAC needs from the binding, resolved once per algorithm. */
export interface NativeDigestKind {
  readonly b: NativeCryptoBinding;
  readonly name: string;
  /** hashId's answer; -1 without hashInto/hmacInto (always a native object then). */
  readonly id: number;
  readonly size: number;
  readonly blockSize: number;
}

/** Input gathered for one call, then a native object fed in batches. */
export abstract class Gathered<H extends NativeHash | NativeHmac> {
  protected h: H | null = null;
  protected buf: Uint8Array = NONE;
  protected n = 0;
  constructor(protected readonly kind: NativeDigestKind) {}

  get size(): number {
    return this.kind.size;
  }

  get blockSize(): number {
    return this.kind.blockSize;
  }

  protected abstract open(): H;

  update(data: Uint8Array, start: number, end: number): void {
    const len = end - start;
    if (len <= 0) return;
    const n = this.n;
    const total = n + len;
    if (this.h === null ? total <= ONE_SHOT_MAX : len < DIRECT_MIN && total <= PENDING_MAX) {
      const buf = total > this.buf.length ? this.grow(total) : this.buf;
      if (len <= 16) for (let i = 0; i < len; i++) buf[n + i] = data[start + i];
      else buf.set(start === 0 && end === data.length ? data : data.subarray(start, end), n);
      this.n = total;
      return;
    }
    const h = this.flush();
    if (len < DIRECT_MIN) {
      // a short update on a full buffer: start it again
      this.buf.set(data.subarray(start, end), 0);
      this.n = len;
    } else {
      h.update(data, start, len);
    }
  }

  /**
   * Appends a string whose characters are all below 0x80 (the same bytes in utf8 and binary)
   * straight to the pending input, without making a Buffer of it. False, having added
   * nothing, for any other string or when it would not stay pending.
   */
  updateAscii(s: string): boolean {
    const len = s.length;
    const n = this.n;
    const total = n + len;
    if (!(this.h === null ? total <= ONE_SHOT_MAX : len < DIRECT_MIN && total <= PENDING_MAX)) return false;
    const buf = total > this.buf.length ? this.grow(total) : this.buf;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return false;
      buf[n + i] = c;
    }
    this.n = total;
    return true;
  }

  /** A pending buffer holding at least `total` bytes, the pending ones copied over. */
  private grow(total: number): Uint8Array {
    const buf = this.buf;
    const n = this.n;
    let cap = buf.length < 64 ? 64 : buf.length * 2;
    while (cap < total) cap *= 2;
    const grown = region(cap > PENDING_MAX ? PENDING_MAX : cap);
    if (n > 0) grown.set(n === buf.length ? buf : buf.subarray(0, n));
    this.buf = grown;
    return grown;
  }

  /** The native object, created on first need, with the pending input fed to it. */
  protected flush(): H {
    const h = this.h || (this.h = this.open());
    if (this.n > 0) {
      h.update(this.buf, 0, this.n);
      this.n = 0;
    }
    return h;
  }

  protected finishNative(out: Uint8Array, offset: number): void {
    const d = this.flush().digest();
    for (let i = 0; i < d.length; i++) out[offset + i] = d[i];
  }
}

/** A native digest as a Digest. */
export class NativeDigest extends Gathered<NativeHash> implements Digest {
  protected open(): NativeHash {
    const Hash = this.kind.b.Hash as NonNullable<NativeCryptoBinding['Hash']>;
    return new Hash(this.kind.name);
  }

  finish(out: Uint8Array, offset: number): void {
    const k = this.kind;
    if (this.h === null && k.id >= 0) (k.b.hashInto as NonNullable<NativeCryptoBinding['hashInto']>)(k.id, this.buf, 0, this.n, out, offset);
    else this.finishNative(out, offset);
  }

  clone(): NativeDigest {
    const c = new NativeDigest(this.kind);
    if (this.h !== null) c.h = this.h.copy();
    if (this.n > 0) {
      c.buf = region(this.buf.length);
      c.buf.set(this.buf.subarray(0, this.n));
    }
    c.n = this.n;
    return c;
  }
}

/** A native HMAC as a MacEngine (provider.ts). */
export class NativeMac extends Gathered<NativeHmac> {
  private readonly key: Uint8Array;
  constructor(kind: NativeDigestKind, key: Uint8Array) {
    super(kind);
    // the key as it is now: the caller may change its buffer before digest()
    this.key = region(key.length);
    this.key.set(key);
  }

  protected open(): NativeHmac {
    const Hmac = this.kind.b.Hmac as NonNullable<NativeCryptoBinding['Hmac']>;
    return new Hmac(this.kind.name, this.key);
  }

  finish(out: Uint8Array, offset: number): void {
    const k = this.kind;
    if (this.h === null && k.id >= 0) (k.b.hmacInto as NonNullable<NativeCryptoBinding['hmacInto']>)(k.id, this.key, this.buf, 0, this.n, out, offset);
    else this.finishNative(out, offset);
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
