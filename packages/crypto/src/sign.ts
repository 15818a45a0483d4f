// createSign / createVerify: Writable streams over a digest, signing with an RSA (PKCS #1
// v1.5) or DSA private key from PEM, verifying with a public key, PKCS #1 public key or
// certificate. As in 0.10: a key that cannot be read, or does not suit the digest name, signs
// to an empty result and verifies false; both handles are spent by their first use.
import { Writable } from '@n10/stream';
import type { Writable as WritableStream, WritableOptions } from '@n10/stream';
import { inherits } from '@n10/util';
import { dsaSign, dsaVerify } from './dsa';
import { bufferArg, inputBytes, isBytes, jsOutput, slowBuffer, slowCopy, toBuf } from './encodings';
import type { Bytes } from './encodings';
import { clearErrors, E, OpenSslFailure, pushError } from './errors';
import { lookupDigest } from './hash/index';
import type { SignKind } from './hash/index';
import { privateKeyFromPem, verifyKeyFromPem } from './keys';
import type { PrivateKey, PublicKey } from './keys';
import { defaultEncoding } from './module-object';
import { pemText } from './pem';
import { hashEngine } from './provider';
import type { HashEngine } from './provider';
import { rsaSign, rsaVerify } from './rsa';

const STATE = Symbol('state');

interface SignState {
  digest: string;
  kind: SignKind;
  engine: HashEngine | null;
}

function init(algorithm: unknown, what: 'Sign' | 'Verify'): SignState {
  if (typeof algorithm !== 'string') throw new Error(`Must give ${what.toLowerCase()}type string as argument`);
  const entry = lookupDigest(algorithm);
  if (!entry) throw new Error(`${what}Init error`);
  return { digest: entry.digest, kind: entry.kind, engine: hashEngine(entry.digest) };
}

function finish(state: SignState): Uint8Array {
  const e = state.engine as HashEngine;
  state.engine = null;
  const out = new Uint8Array(e.size);
  e.finish(out, 0);
  return out;
}

// Which keys a digest name signs with (OpenSSL 1.0.1's EVP_MD required key types).
function suits(kind: SignKind, key: PrivateKey | PublicKey): boolean {
  if (key.kind === 'rsa') return kind === 'any' || kind === 'rsa';
  if (key.kind === 'dsa') return kind === 'any' || kind === 'dsa';
  return false;
}

/** 0.10's binding.Sign. */
export class SignHandle {
  private readonly [STATE]: SignState;
  constructor(algorithm: unknown) {
    this[STATE] = init(algorithm, 'Sign');
  }
  update(data: unknown, encoding: unknown): void {
    const bytes = inputBytes(data, encoding);
    const e = this[STATE].engine;
    if (!e) throw new TypeError('SignUpdate fail');
    e.update(bytes, 0, bytes.length);
  }
  sign(key: Uint8Array): Bytes {
    const state = this[STATE];
    if (!state.engine) return slowBuffer(0);
    const hash = finish(state);
    // Failures return nothing and leave their errors queued, as 0.10 did.
    let pk: PrivateKey;
    try {
      pk = privateKeyFromPem(pemText(key));
    } catch (e) {
      if (e instanceof OpenSslFailure) pushError(...e.entries);
      return slowBuffer(0);
    }
    if (!suits(state.kind, pk)) {
      pushError(E.EVP_SIGN_WRONG_KEY_TYPE);
      return slowBuffer(0);
    }
    if (pk.kind === 'rsa') {
      const sig = rsaSign(pk, state.digest, hash);
      if (!sig) pushError(E.RSA_DIGEST_TOO_BIG);
      return sig ? slowCopy(sig) : slowBuffer(0);
    }
    const sig = pk.kind === 'dsa' ? dsaSign(pk, hash) : null;
    return sig ? slowCopy(sig) : slowBuffer(0);
  }
}

/** 0.10's binding.Verify. */
export class VerifyHandle {
  private readonly [STATE]: SignState;
  constructor(algorithm: unknown) {
    this[STATE] = init(algorithm, 'Verify');
  }
  update(data: unknown, encoding: unknown): void {
    const bytes = inputBytes(data, encoding);
    const e = this[STATE].engine;
    if (!e) throw new TypeError('VerifyUpdate fail');
    e.update(bytes, 0, bytes.length);
  }
  verify(key: unknown, signature: unknown): boolean {
    if (!isBytes(key)) throw new TypeError('Not a buffer');
    if (!isBytes(signature)) throw new TypeError('Not a string or buffer');
    const state = this[STATE];
    if (!state.engine) return false;
    const hash = finish(state);
    let pk: PublicKey;
    try {
      pk = verifyKeyFromPem(pemText(key));
    } catch {
      // 0.10 printed OpenSSL's errors to stderr here, which empties the queue.
      clearErrors();
      return false;
    }
    if (!suits(state.kind, pk)) {
      pushError(E.EVP_VERIFY_WRONG_KEY_TYPE);
      return false;
    }
    const result = pk.kind === 'rsa' ? rsaVerify(pk, state.digest, hash, signature) : pk.kind === 'dsa' ? dsaVerify(pk, hash, signature) : [];
    if (result === true) return true;
    pushError(...result);
    return false;
  }
}

export interface SignInstance extends WritableStream {
  _binding: SignHandle;
  /** Adds data (a Buffer, or a 'binary' string unless input_encoding says otherwise); returns this. */
  update(data: string | Uint8Array, inputEncoding?: string): this;
  /** The signature with a PEM private key: a Buffer, or a string in output_format. Once only. */
  sign(privateKey: string | Uint8Array, outputFormat?: string): Bytes | string;
}

export interface VerifyInstance extends WritableStream {
  _binding: VerifyHandle;
  update(data: string | Uint8Array, inputEncoding?: string): this;
  /** True when the signature (a Buffer, or a string in signature_format) is valid for the data. */
  verify(object: string | Uint8Array, signature: string | Uint8Array, signatureFormat?: string): boolean;
}

export interface SignConstructor {
  new (algorithm: string, options?: WritableOptions): SignInstance;
  (algorithm: string, options?: WritableOptions): SignInstance;
  prototype: SignInstance;
  super_: typeof Writable;
}

export interface VerifyConstructor {
  new (algorithm: string, options?: WritableOptions): VerifyInstance;
  (algorithm: string, options?: WritableOptions): VerifyInstance;
  prototype: VerifyInstance;
  super_: typeof Writable;
}

function Sign(this: SignInstance, algorithm: string, options?: WritableOptions): SignInstance | void {
  if (!(this instanceof Sign)) return new SignCtor(algorithm, options);
  this._binding = new SignHandle(algorithm);
  Writable.call(this, options);
}
const SignCtor = Sign as unknown as SignConstructor;
inherits(SignCtor, Writable);

function Verify(this: VerifyInstance, algorithm: string, options?: WritableOptions): VerifyInstance | void {
  if (!(this instanceof Verify)) return new VerifyCtor(algorithm, options);
  this._binding = new VerifyHandle(algorithm);
  Writable.call(this, options);
}
const VerifyCtor = Verify as unknown as VerifyConstructor;
inherits(VerifyCtor, Writable);

const signProto = SignCtor.prototype;
signProto._write = function (this: SignInstance, chunk: unknown, encoding: string, callback: (error?: Error | null) => void) {
  this._binding.update(chunk, encoding);
  callback();
};
signProto.update = function (this: SignInstance, data: string | Uint8Array, inputEncoding?: string) {
  this._binding.update(data, inputEncoding || defaultEncoding());
  return this;
};
signProto.sign = function (this: SignInstance, privateKey: string | Uint8Array, outputFormat?: string) {
  return jsOutput(this._binding.sign(bufferArg(privateKey)), outputFormat);
};

const verifyProto = VerifyCtor.prototype;
verifyProto._write = signProto._write as VerifyInstance['_write'];
verifyProto.update = signProto.update as unknown as VerifyInstance['update'];
verifyProto.verify = function (this: VerifyInstance, object: string | Uint8Array, signature: string | Uint8Array, signatureFormat?: string) {
  return this._binding.verify(toBuf(object), toBuf(signature, signatureFormat || defaultEncoding()));
};

export { SignCtor as Sign, VerifyCtor as Verify };
