// createCipher/createCipheriv/createDecipher/createDecipheriv: the handle (0.10's
// binding.CipherBase: an EVP context, its key set up by password or by key and IV) under the
// LazyTransform stream, with 0.10's output decoding (a StringDecoder per object, so a
// multi-byte character or base64 group split across update() calls comes out whole).
import assert from '@n10/assert';
import type { TransformOptions } from '@n10/stream';
import { StringDecoder } from '@n10/string_decoder';
import type { StringDecoderInstance } from '@n10/string_decoder';
import { inherits } from '@n10/util';
import { bytesToKey, EvpCipher } from './cipher/evp';
import { lookupCipher } from './cipher/index';
import type { CipherSpec } from './cipher/index';
import { inputBytes, isBytes, toBuf } from './encodings';
import { E, OpenSslFailure, popError, pushError } from './errors';
import type { Bytes } from './encodings';
import { LazyTransform } from './lazy-transform';
import type { LazyTransformStream } from './lazy-transform';
import { defaultEncoding } from './module-object';
import { cipherMode, cipherUsable } from './provider';
import type { CipherEngine } from './provider';
import { enumerableMethods } from './enumerable';
import { bindingError } from './throw-sites';

const CTX = Symbol('ctx');
const DECRYPT = Symbol('decrypt');
const FINAL_FAILS = Symbol('finalFails');
const UPDATE_FAILS = Symbol('updateFails');
const NATIVE_ONLY = Symbol('nativeOnly');

// 0.10's EVP rules over OpenSSL's mode of operation when the provider has it, else the portable one.
function engineFor(spec: CipherSpec, key: Uint8Array, iv: Uint8Array, decrypt: boolean): CipherEngine {
  return new EvpCipher(cipherMode(spec, key, iv, decrypt), spec.blockSize, decrypt);
}

/** 0.10's binding.CipherBase: one direction, initialised once, unusable after final(). */
export class CipherHandle {
  private [CTX]: CipherEngine | null = null;
  private readonly [DECRYPT]: boolean;
  private [FINAL_FAILS] = false;
  private [UPDATE_FAILS] = false;
  private [NATIVE_ONLY] = false;
  constructor(decrypt: boolean) {
    this[DECRYPT] = decrypt;
  }

  /** createCipher's set-up: key and IV from the password by EVP_BytesToKey. */
  init(cipherType: unknown, password: unknown): void {
    if (typeof cipherType !== 'string' || !isBytes(password)) throw new Error('Must give cipher-type, key');
    const spec = lookupCipher(cipherType);
    if (!spec || !cipherUsable(spec)) throw new Error(popError());
    const { key, iv } = bytesToKey(password, spec.keyLength, spec.ivLength);
    this[CTX] = engineFor(spec, key, iv, this[DECRYPT]);
    this[FINAL_FAILS] = this[DECRYPT] && !!(spec.decryptFinalFails || spec.decryptFails);
    this[UPDATE_FAILS] = this[DECRYPT] && !!spec.decryptFails;
    this[NATIVE_ONLY] = !!spec.nativeOnly;
  }

  /** createCipheriv's set-up: the IV must have the cipher's length, the key too unless variable. */
  initiv(cipherType: unknown, key: unknown, iv: unknown): void {
    if (typeof cipherType !== 'string' || !isBytes(key) || !isBytes(iv)) {
      throw new Error('Must give cipher-type, key, and iv as argument');
    }
    // 0.10 threw OpenSSL's oldest queued error: none of its own for a bad name or IV.
    const spec = lookupCipher(cipherType);
    if (!spec || !cipherUsable(spec)) throw new Error(popError());
    if (iv.length !== spec.ivLength) throw new Error(popError());
    if (key.length !== spec.keyLength && !(spec.variableKey && key.length > 0)) {
      pushError(E.EVP_KEY_LENGTH);
      throw new Error(popError());
    }
    this[CTX] = engineFor(spec, key, iv, this[DECRYPT]);
    this[FINAL_FAILS] = this[DECRYPT] && !!(spec.decryptFinalFails || spec.decryptFails);
    this[UPDATE_FAILS] = this[DECRYPT] && !!spec.decryptFails;
    this[NATIVE_ONLY] = !!spec.nativeOnly;
  }

  update(data: unknown, encoding: unknown): Bytes {
    const bytes = inputBytes(data, encoding);
    const ctx = this[CTX];
    if (!ctx || this[UPDATE_FAILS]) throw new TypeError(popError());
    if (!this[NATIVE_ONLY]) return ctx.update(bytes, 0, bytes.length) as Bytes;
    try {
      return ctx.update(bytes, 0, bytes.length) as Bytes;
    } catch (e) {
      // OpenSSL 3's refusal (XTS under a block of input): 0.10's update failed with no queued error
      if (e instanceof OpenSslFailure) throw e;
      throw new TypeError(popError());
    }
  }

  final(): Bytes {
    const ctx = this[CTX];
    if (!ctx) throw new TypeError(popError());
    // 0.10 freed the context whether or not final succeeded.
    this[CTX] = null;
    if (this[FINAL_FAILS]) throw new TypeError(popError());
    try {
      return ctx.final() as Bytes;
    } catch (e) {
      if (!(e instanceof OpenSslFailure)) throw e;
      pushError(...e.entries);
      throw new TypeError(popError());
    }
  }

  setAutoPadding(on: unknown): void {
    const ctx = this[CTX];
    if (ctx) ctx.setAutoPadding(!!on);
  }
}
enumerableMethods(CipherHandle);

/** 0.10's binding.Decipher: binding.Cipher's methods, and finaltol (final's old name). */
export class DecipherHandle extends CipherHandle {
  constructor() {
    super(true);
  }
  finaltol(): Bytes {
    return this.final();
  }
}
// listed as 0.10 listed them: every method on the one prototype
for (const name of Object.getOwnPropertyNames(CipherHandle.prototype)) {
  if (name !== 'constructor') Object.defineProperty(DecipherHandle.prototype, name, Object.getOwnPropertyDescriptor(CipherHandle.prototype, name) as PropertyDescriptor);
}
enumerableMethods(DecipherHandle);

/** The face Cipher, Cipheriv, Decipher and Decipheriv share (0.10 gave them the same functions). */
/** The output encodings that make update() and final() return a string. */
export type TextEncoding = 'hex' | 'base64' | 'binary' | 'utf8' | 'utf-8' | 'ascii' | 'ucs2' | 'utf16le';

export interface CipherStream extends LazyTransformStream {
  _binding: CipherHandle;
  _decoder: StringDecoderInstance | null;
  /** Enciphers data (a Buffer, or a string in input_encoding); a Buffer, or a string in output_encoding. */
  update(data: string | Uint8Array, inputEncoding: string | null | undefined, outputEncoding: TextEncoding): string;
  update(data: string | Uint8Array, inputEncoding?: string | null, outputEncoding?: string | null): Bytes | string;
  /** The remaining output; the object cannot be used afterwards. */
  final(outputEncoding: TextEncoding): string;
  final(outputEncoding?: string | null): Bytes | string;
  /** auto_padding false: no PKCS padding (input must then be a whole number of blocks). Returns this. */
  setAutoPadding(autoPadding?: boolean): this;
}

export interface DecipherStream extends CipherStream {
  _binding: DecipherHandle;
  /** 0.10's old name for final(). */
  finaltol(outputEncoding?: string | null): Bytes | string;
}

export interface CipherConstructor<T extends CipherStream> {
  new (algorithm: string, password: string | Uint8Array, options?: TransformOptions): T;
  (algorithm: string, password: string | Uint8Array, options?: TransformOptions): T;
  prototype: T;
  super_: typeof LazyTransform;
}

export interface CipherivConstructor<T extends CipherStream> {
  new (algorithm: string, key: string | Uint8Array, iv: string | Uint8Array, options?: TransformOptions): T;
  (algorithm: string, key: string | Uint8Array, iv: string | Uint8Array, options?: TransformOptions): T;
  prototype: T;
  super_: typeof LazyTransform;
}

// 0.10 reused one StringDecoder per object and refused a second encoding.
function decoderFor(decoder: StringDecoderInstance | null, encoding: string): StringDecoderInstance {
  const name = encoding === 'utf-8' ? 'utf8' : encoding;
  const d = decoder || new StringDecoder(name);
  assert(d.encoding === name, 'Cannot change encoding');
  return d;
}

function Cipher(this: CipherStream, algorithm: string, password: string | Uint8Array, options?: TransformOptions): CipherStream | void {
  if (!(this instanceof Cipher)) return new CipherCtor(algorithm, password, options);
  this._binding = new CipherHandle(false);
  this._binding.init(algorithm, toBuf(password));
  this._decoder = null;
  LazyTransform.call(this, options);
}
const CipherCtor = Cipher as unknown as CipherConstructor<CipherStream>;
inherits(CipherCtor, LazyTransform);

const proto = CipherCtor.prototype;
proto._transform = function (this: CipherStream, chunk: unknown, encoding: string, callback: (error?: Error | null) => void) {
  this.push(this._binding.update(chunk, encoding));
  callback();
};
proto._flush = function (this: CipherStream, callback: (error?: Error | null) => void) {
  this.push(this._binding.final());
  callback();
};
proto.update = function (this: CipherStream, data: string | Uint8Array, inputEncoding?: string | null, outputEncoding?: string | null) {
  const inEnc = inputEncoding || defaultEncoding();
  const outEnc = outputEncoding || defaultEncoding();
  let ret: Bytes;
  try {
    ret = this._binding.update(data, inEnc);
  } catch (e) {
    throw bindingError(e, 274, '  var ret = this._binding.update(data, inputEncoding);');
  }
  if (outEnc && outEnc !== 'buffer') {
    this._decoder = decoderFor(this._decoder, outEnc);
    return this._decoder.write(ret);
  }
  return ret;
} as CipherStream['update'];
proto.final = function (this: CipherStream, outputEncoding?: string | null) {
  const outEnc = outputEncoding || defaultEncoding();
  let ret: Bytes;
  try {
    ret = this._binding.final();
  } catch (e) {
    throw bindingError(e, 287, '  var ret = this._binding.final();');
  }
  if (outEnc && outEnc !== 'buffer') {
    this._decoder = decoderFor(this._decoder, outEnc);
    return this._decoder.end(ret);
  }
  return ret;
} as CipherStream['final'];
proto.setAutoPadding = function (this: CipherStream, autoPadding?: boolean) {
  try {
    this._binding.setAutoPadding(autoPadding);
  } catch (e) {
    throw bindingError(e, 299, '  this._binding.setAutoPadding(ap);');
  }
  return this;
};

function Cipheriv(
  this: CipherStream,
  algorithm: string,
  key: string | Uint8Array,
  iv: string | Uint8Array,
  options?: TransformOptions,
): CipherStream | void {
  if (!(this instanceof Cipheriv)) return new CipherivCtor(algorithm, key, iv, options);
  this._binding = new CipherHandle(false);
  this._binding.initiv(algorithm, toBuf(key), toBuf(iv));
  this._decoder = null;
  LazyTransform.call(this, options);
}
const CipherivCtor = Cipheriv as unknown as CipherivConstructor<CipherStream>;
inherits(CipherivCtor, LazyTransform);

function Decipher(this: DecipherStream, algorithm: string, password: string | Uint8Array, options?: TransformOptions): DecipherStream | void {
  if (!(this instanceof Decipher)) return new DecipherCtor(algorithm, password, options);
  this._binding = new DecipherHandle();
  this._binding.init(algorithm, toBuf(password));
  this._decoder = null;
  LazyTransform.call(this, options);
}
const DecipherCtor = Decipher as unknown as CipherConstructor<DecipherStream>;
inherits(DecipherCtor, LazyTransform);

function Decipheriv(
  this: DecipherStream,
  algorithm: string,
  key: string | Uint8Array,
  iv: string | Uint8Array,
  options?: TransformOptions,
): DecipherStream | void {
  if (!(this instanceof Decipheriv)) return new DecipherivCtor(algorithm, key, iv, options);
  this._binding = new DecipherHandle();
  this._binding.initiv(algorithm, toBuf(key), toBuf(iv));
  this._decoder = null;
  LazyTransform.call(this, options);
}
const DecipherivCtor = Decipheriv as unknown as CipherivConstructor<DecipherStream>;
inherits(DecipherivCtor, LazyTransform);

// The same functions on every prototype, in 0.10's order; deciphers add finaltol.
for (const ctor of [CipherivCtor, DecipherCtor, DecipherivCtor] as Array<{ prototype: CipherStream }>) {
  const p = ctor.prototype;
  p._transform = proto._transform;
  p._flush = proto._flush;
  p.update = proto.update;
  p.final = proto.final;
  if (ctor !== CipherivCtor) (p as DecipherStream).finaltol = proto.final;
  p.setAutoPadding = proto.setAutoPadding;
}

export { CipherCtor as Cipher, CipherivCtor as Cipheriv, DecipherCtor as Decipher, DecipherivCtor as Decipheriv };
