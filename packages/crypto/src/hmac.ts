// HMAC (RFC 2104) over any digest, and crypto.createHmac / Hmac with 0.10's handle rules:
// the key is a Buffer or a 'binary' string, digest() a second time gives an empty result.
import type { TransformOptions } from '@n10/stream';
import { inherits } from '@n10/util';
import { asciiSafe, bindingOutput, bindingResult, bufferArg, inputBytes, slowBuffer } from './encodings';
import { Gathered } from './native';
import type { Bytes } from './encodings';
import { DIGEST_SCRATCH, Hash } from './hash';
import type { DigestStream } from './hash';
import type { Digest } from './hash/index';
import { createDigest, lookupDigest } from './hash/index';
import { LazyTransform } from './lazy-transform';
import { digestUsable, nativeMac } from './provider';
import type { MacEngine } from './provider';
import { enumerableMethods } from './enumerable';

// The inner digest, between inner.finish and outer.update (synchronous: one buffer serves all).
const MID = new Uint8Array(64);

/** HMAC as a Digest: inner hash over (K ^ ipad) || message, outer over (K ^ opad) || inner. */
export class HmacDigest implements Digest {
  readonly size: number;
  readonly blockSize: number;
  constructor(
    private inner: Digest,
    private outer: Digest,
  ) {
    this.size = outer.size;
    this.blockSize = outer.blockSize;
  }

  /** Keyed state for a canonical digest name, on the portable digests (pbkdf2's loop clones it). */
  static create(algorithm: string, key: Uint8Array): HmacDigest {
    const inner = createDigest(algorithm);
    const outer = createDigest(algorithm);
    const bs = inner.blockSize;
    let k = key;
    if (k.length > bs) {
      const h = createDigest(algorithm);
      h.update(k, 0, k.length);
      k = new Uint8Array(h.size);
      h.finish(k, 0);
    }
    const pad = new Uint8Array(bs);
    // OpenSSL padded the key to its largest block and used the first block-size bytes: only
    // MDC-2 (an 8-byte block, a 16-byte digest) ever had a hashed key longer than its block.
    pad.set(k.length > bs ? k.subarray(0, bs) : k);
    for (let i = 0; i < bs; i++) pad[i] ^= 0x36;
    inner.update(pad, 0, bs);
    for (let i = 0; i < bs; i++) pad[i] ^= 0x36 ^ 0x5c;
    outer.update(pad, 0, bs);
    return new HmacDigest(inner, outer);
  }

  update(data: Uint8Array, start: number, end: number): void {
    this.inner.update(data, start, end);
  }

  finish(out: Uint8Array, offset: number): void {
    const mid = MID;
    const n = this.inner.size;
    this.inner.finish(mid, 0);
    this.outer.update(mid, 0, n);
    this.outer.finish(out, offset);
  }

  clone(): HmacDigest {
    return new HmacDigest(this.inner.clone(), this.outer.clone());
  }

  /** Resets to a copy of `source`'s state (pbkdf2's loop), allocating nothing when the digests allow. */
  assign(source: Digest): void {
    const s = source as HmacDigest;
    if (this.inner.assign && this.outer.assign) {
      this.inner.assign(s.inner);
      this.outer.assign(s.outer);
    } else {
      this.inner = s.inner.clone();
      this.outer = s.outer.clone();
    }
  }
}

const portableMac = (algorithm: string, key: Uint8Array): MacEngine => HmacDigest.create(algorithm, key);

/** An HMAC engine: OpenSSL's when the provider has it, else the portable HmacDigest. */
export function hmacEngine(algorithm: string, key: Uint8Array): MacEngine {
  return nativeMac(algorithm, key, portableMac) || HmacDigest.create(algorithm, key);
}

const ENGINE = Symbol('engine');

/** 0.10's binding.Hmac. */
export class HmacHandle {
  private [ENGINE]: MacEngine | null = null;
  constructor(algorithm: unknown, key: unknown) {
    this.init(algorithm, key);
  }
  /** (Re)starts with a digest and key (0.10's HmacInit; crypto.js called it after `new`). */
  init(algorithm: unknown, key: unknown): void {
    if (typeof algorithm !== 'string') throw new Error('Must give hashtype string as argument');
    const k = bufferArg(key);
    const entry = lookupDigest(algorithm);
    if (!entry || !digestUsable(entry.digest)) throw new Error('hmac error');
    this[ENGINE] = hmacEngine(entry.digest, k);
  }
  update(data: unknown, encoding: unknown): void {
    if (typeof data === 'string') {
      const native = this[ENGINE];
      if (native instanceof Gathered && asciiSafe(encoding) && native.updateAscii(data)) return;
    }
    const bytes = inputBytes(data, encoding);
    const e = this[ENGINE];
    if (!e) throw new TypeError('HmacUpdate fail');
    e.update(bytes, 0, bytes.length);
  }
  digest(encoding?: unknown): Bytes | string {
    const e = this[ENGINE];
    // 0.10 answered a second digest() with nothing rather than an error.
    if (!e) return bindingOutput(slowBuffer(0), encoding);
    this[ENGINE] = null;
    e.finish(DIGEST_SCRATCH, 0);
    return bindingResult(DIGEST_SCRATCH, 0, e.size, encoding);
  }
}
enumerableMethods(HmacHandle);

export interface HmacInstance extends DigestStream {
  _binding: HmacHandle;
}

export interface HmacConstructor {
  new (algorithm: string, key: string | Uint8Array, options?: TransformOptions): HmacInstance;
  (algorithm: string, key: string | Uint8Array, options?: TransformOptions): HmacInstance;
  prototype: HmacInstance;
  super_: typeof LazyTransform;
}

function Hmac(this: HmacInstance, algorithm: string, key: string | Uint8Array, options?: TransformOptions): HmacInstance | void {
  if (!(this instanceof Hmac)) return new HmacCtor(algorithm, key, options);
  this._binding = new HmacHandle(algorithm, key);
  LazyTransform.call(this, options);
}
const HmacCtor = Hmac as unknown as HmacConstructor;
inherits(HmacCtor, LazyTransform);

// 0.10 shared Hash's functions, in this order.
const proto = HmacCtor.prototype as DigestStream;
const hashProto = Hash.prototype as DigestStream;
proto.update = hashProto.update;
proto.digest = hashProto.digest;
proto._flush = hashProto._flush;
proto._transform = hashProto._transform;

export { HmacCtor as Hmac };
