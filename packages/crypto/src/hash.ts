// crypto.createHash / Hash: the handle (0.10's binding.Hash: the digest state, update with a
// binding's string decoding, digest once) under the LazyTransform stream.
import type { TransformOptions } from '@n10/stream';
import { inherits } from '@n10/util';
import { asciiSafe, bindingResult, inputBytes } from './encodings';
import { Gathered } from './native';
import type { Bytes } from './encodings';
import { lookupDigest } from './hash/index';
import { LazyTransform } from './lazy-transform';
import type { LazyTransformStream } from './lazy-transform';
import { defaultEncoding } from './module-object';
import { digestUsable, hashEngine } from './provider';
import type { HashEngine } from './provider';
import { enumerableMethods } from './enumerable';
import { bindingError } from './throw-sites';

// Handle state is symbol-keyed: util.inspect shows a handle as {}, as 0.10 showed its native objects.
const ENGINE = Symbol('engine');

/** Engines finish into one plain array (keeping their stores monomorphic), then it is copied out. */
export const DIGEST_SCRATCH = new Uint8Array(64);

/** 0.10's binding.Hash: holds the running digest; null once digested. */
export class HashHandle {
  private [ENGINE]: HashEngine | null;
  constructor(algorithm: unknown) {
    if (typeof algorithm !== 'string') throw new Error('Must give hashtype string as argument');
    const entry = lookupDigest(algorithm);
    if (!entry || !digestUsable(entry.digest)) throw new Error('Digest method not supported');
    this[ENGINE] = hashEngine(entry.digest);
  }
  update(data: unknown, encoding: unknown): void {
    // 0.10 checked the argument before its state.
    if (typeof data === 'string') {
      const native = this[ENGINE];
      if (native instanceof Gathered && asciiSafe(encoding) && native.updateAscii(data)) return;
    }
    const bytes = inputBytes(data, encoding);
    const e = this[ENGINE];
    if (!e) throw new TypeError('HashUpdate fail');
    e.update(bytes, 0, bytes.length);
  }
  digest(encoding?: unknown): Bytes | string {
    const e = this[ENGINE];
    if (!e) throw new Error('Not initialized');
    this[ENGINE] = null;
    e.finish(DIGEST_SCRATCH, 0);
    return bindingResult(DIGEST_SCRATCH, 0, e.size, encoding);
  }
}
enumerableMethods(HashHandle);

/** The digest/update face Hash and Hmac share (0.10 gave Hmac Hash's very functions). */
export interface DigestStream extends LazyTransformStream {
  _binding: { update(data: unknown, encoding: unknown): void; digest(encoding?: unknown): Bytes | string };
  /** Adds data (a Buffer, or a string in input_encoding, default 'binary'); returns this. */
  update(data: string | Uint8Array, inputEncoding?: string): this;
  /**
   * The digest: a Buffer, or a string in 'hex', 'binary' or 'base64'. Once only. (The types
   * assume crypto.DEFAULT_ENCODING is 'buffer'; otherwise digest() returns a string too.)
   */
  digest(): Bytes;
  digest(encoding: 'hex' | 'binary' | 'base64' | 'utf8' | 'ascii' | 'ucs2'): string;
  digest(encoding: string): string | Bytes;
}

export interface HashInstance extends DigestStream {
  _binding: HashHandle;
}

export interface HashConstructor {
  new (algorithm: string, options?: TransformOptions): HashInstance;
  (algorithm: string, options?: TransformOptions): HashInstance;
  prototype: HashInstance;
  super_: typeof LazyTransform;
}

function Hash(this: HashInstance, algorithm: string, options?: TransformOptions): HashInstance | void {
  if (!(this instanceof Hash)) return new HashCtor(algorithm, options);
  this._binding = new HashHandle(algorithm);
  LazyTransform.call(this, options);
}
const HashCtor = Hash as unknown as HashConstructor;
inherits(HashCtor, LazyTransform);

const proto = HashCtor.prototype as DigestStream;
proto._transform = function (this: DigestStream, chunk: unknown, encoding: string, callback: (error?: Error | null) => void) {
  this._binding.update(chunk, encoding);
  callback();
};
// As 0.10: the digest in the readable side's encoding, pushed whole (not through its decoder,
// which would split a base64 digest at its last whole group).
proto._flush = function (this: DigestStream, callback: (error?: Error | null) => void) {
  const state = (this as unknown as { _readableState: { encoding: string | null } })._readableState;
  const encoding = state.encoding || 'buffer';
  this.push(this._binding.digest(encoding) as Bytes, encoding);
  callback();
};
proto.update = function (this: DigestStream, data: string | Uint8Array, inputEncoding?: string) {
  try {
    this._binding.update(data, inputEncoding || defaultEncoding());
  } catch (e) {
    throw bindingError(e, 209, '  this._binding.update(data, encoding);');
  }
  return this;
} as DigestStream['update'];
proto.digest = function (this: DigestStream, encoding?: string) {
  try {
    return this._binding.digest(encoding || defaultEncoding());
  } catch (e) {
    throw bindingError(e, 216, '  return this._binding.digest(outputEncoding);');
  }
} as DigestStream['digest'];

export { HashCtor as Hash };
