// createSign / createVerify: Writable streams over a digest, signing with an RSA (PKCS #1
// v1.5) or DSA private key from PEM, verifying with a public key, PKCS #1 public key or
// certificate. As in 0.10: a key that cannot be read, or does not suit the digest name, signs
// to an empty result and verifies false; both handles are spent by their first use.
import { Writable } from '@n10/stream';
import type { Writable as WritableStream, WritableOptions } from '@n10/stream';
import { inherits } from '@n10/util';
import { dsaSign, dsaVerify } from './dsa';
import { bufferArg, inputBytes, isBytes, jsOutput, slowBuffer, slowCopy, slowWrap, toBuf } from './encodings';
import type { Bytes } from './encodings';
import { clearErrors, E, OpenSslFailure, pushError } from './errors';
import { createDigest, lookupDigest } from './hash/index';
import type { SignKind } from './hash/index';
import { privateKeyFromPem, privateKeyPem, verifyKeyFromPem } from './keys';
import type { DsaPrivateKey, PrivateKey, PublicKey, RsaPrivateKey } from './keys';
import { defaultEncoding } from './module-object';
import { pemText } from './pem';
import { digestUsable, hashEngine, nativeSigner } from './provider';
import type { HashEngine } from './provider';
import type { NativeSign } from './native';
import { katRsaKey } from './kat';
import { rsaDigestFits, rsaSign, rsaSignatureIs, rsaVerify } from './rsa';
import { enumerableMethods } from './enumerable';
import { ecdsaSign, ecdsaVerify } from './ec';
import { bindingError } from './throw-sites';
import { Hash as HashCtor } from './hash';

const STATE = Symbol('state');

interface SignState {
  digest: string;
  kind: SignKind;
  /** The data's digest (verifying, and signing in TypeScript); null once used. */
  engine: HashEngine | null;
  /** Signing with OpenSSL: the data goes to its signer instead; null once used. */
  signer: NativeSign | null;
}

// Sign hands the data to OpenSSL's EVP_Sign* when the binding has the digest (RSA PKCS #1 v1.5
// is deterministic: the same bytes as n10's own; DSA draws k as OpenSSL 1.0.1 did). Verify
// digests natively but checks in TypeScript: a failed verification must leave 0.10's error
// entries, which OpenSSL 3 does not report (and a public-key operation is cheap).
function init(algorithm: unknown, what: 'Sign' | 'Verify'): SignState {
  if (typeof algorithm !== 'string') throw new Error(`Must give ${what.toLowerCase()}type string as argument`);
  const entry = lookupDigest(algorithm);
  if (!entry || !digestUsable(entry.digest)) throw new Error(`${what}Init error`);
  const signer = what === 'Sign' && entry.kind !== 'none' ? nativeSigner(entry.digest, (s) => signsAsN10(s, entry.digest)) : null;
  return { digest: entry.digest, kind: entry.kind, engine: signer ? null : hashEngine(entry.digest), signer };
}

function feed(state: SignState, bytes: Uint8Array): boolean {
  if (state.signer) state.signer.update(bytes, 0, bytes.length);
  else if (state.engine) state.engine.update(bytes, 0, bytes.length);
  else return false;
  return true;
}

function finish(state: SignState): Uint8Array {
  const e = state.engine as HashEngine;
  state.engine = null;
  const out = new Uint8Array(e.size);
  e.finish(out, 0);
  return out;
}

function signerDigestLength(digest: string): number {
  return createDigest(digest).size;
}

function toBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

// The known-answer check for OpenSSL's signing with a digest: its RSA signature of a known
// input must be n10's, byte for byte (checked with the public key: cheap).
function signsAsN10(signer: NativeSign, digest: string): boolean {
  const data = toBytes('n10 known answer');
  signer.update(data, 0, data.length);
  const key = katRsaKey();
  const sig = signer.sign(toBytes(privateKeyPem(key)), null);
  const d = createDigest(digest);
  d.update(data, 0, data.length);
  const hash = new Uint8Array(d.size);
  d.finish(hash, 0);
  return rsaSignatureIs(key, digest, hash, sig);
}

/** OpenSSL's signature with the key n10 read (re-encoded), or empty if OpenSSL refuses it. */
function signNatively(signer: NativeSign, key: RsaPrivateKey | DsaPrivateKey): Bytes {
  try {
    return slowWrap(signer.sign(toBytes(privateKeyPem(key)), null));
  } catch {
    return slowBuffer(0);
  }
}

// Which keys a digest name signs with (OpenSSL 1.0.1's EVP_MD required key types).
function suits(kind: SignKind, key: PrivateKey | PublicKey): boolean {
  if (key.kind === 'rsa') return kind === 'any' || kind === 'rsa';
  if (key.kind === 'dsa') return kind === 'any' || kind === 'dsa';
  if (key.kind === 'ec') return kind === 'any' || kind === 'ecdsa';
  return false;
}

/** 0.10's binding.Sign. */
export class SignHandle {
  private [STATE]: SignState;
  constructor(algorithm: unknown) {
    this[STATE] = init(algorithm, 'Sign');
  }
  /** (Re)starts with a digest (0.10's SignInit; crypto.js called it after `new`). */
  init(algorithm: unknown): void {
    this[STATE] = init(algorithm, 'Sign');
  }
  update(data: unknown, encoding: unknown): void {
    const bytes = inputBytes(data, encoding);
    if (!feed(this[STATE], bytes)) throw new TypeError('SignUpdate fail');
  }
  sign(key: Uint8Array): Bytes {
    const state = this[STATE];
    const signer = state.signer;
    if (!state.engine && !signer) return slowBuffer(0);
    state.signer = null;
    const hash = signer ? null : finish(state);
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
      if (signer) {
        if (rsaDigestFits(pk, state.digest, signerDigestLength(state.digest))) return signNatively(signer, pk);
        pushError(E.RSA_DIGEST_TOO_BIG);
        return slowBuffer(0);
      }
      const sig = rsaSign(pk, state.digest, hash as Uint8Array);
      if (!sig) pushError(E.RSA_DIGEST_TOO_BIG);
      return sig ? slowCopy(sig) : slowBuffer(0);
    }
    if (pk.kind === 'ec') {
      if (!signer) return slowCopy(ecdsaSign(pk.curve, pk.d, hash as Uint8Array));
      try {
        return slowWrap(signer.sign(key, null));
      } catch {
        return slowBuffer(0);
      }
    }
    if (pk.kind !== 'dsa' || pk.q.isZero() || pk.p.isZero()) return slowBuffer(0);
    if (signer) return signNatively(signer, pk);
    const sig = dsaSign(pk, hash as Uint8Array);
    return sig ? slowCopy(sig) : slowBuffer(0);
  }
}
enumerableMethods(SignHandle);

/** 0.10's binding.Verify. */
export class VerifyHandle {
  private [STATE]: SignState;
  constructor(algorithm: unknown) {
    this[STATE] = init(algorithm, 'Verify');
  }
  /** (Re)starts with a digest (0.10's VerifyInit; crypto.js called it after `new`). */
  init(algorithm: unknown): void {
    this[STATE] = init(algorithm, 'Verify');
  }
  update(data: unknown, encoding: unknown): void {
    const bytes = inputBytes(data, encoding);
    if (!feed(this[STATE], bytes)) throw new TypeError('VerifyUpdate fail');
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
    if (pk.kind === 'ec') return ecdsaVerify(pk.curve, pk.q, hash, signature);
    const result = pk.kind === 'rsa' ? rsaVerify(pk, state.digest, hash, signature) : pk.kind === 'dsa' ? dsaVerify(pk, hash, signature) : [];
    if (result === true) return true;
    pushError(...result);
    return false;
  }
}
enumerableMethods(VerifyHandle);

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

const proto = SignCtor.prototype;
proto._write = function (this: SignInstance, chunk: unknown, encoding: string, callback: (error?: Error | null) => void) {
  this._binding.update(chunk, encoding);
  callback();
};
// 0.10's Sign.prototype.update was Hash.prototype.update itself (so is Verify's).
proto.update = HashCtor.prototype.update as unknown as SignInstance['update'];
proto.sign = function (this: SignInstance, privateKey: string | Uint8Array, outputFormat?: string) {
  let signature: Bytes;
  try {
    signature = this._binding.sign(bufferArg(privateKey));
  } catch (e) {
    throw bindingError(e, 393, '  var ret = this._binding.sign(toBuf(key));');
  }
  return jsOutput(signature, outputFormat);
};

const proto2 = VerifyCtor.prototype;
proto2._write = proto._write as VerifyInstance['_write'];
proto2.update = proto.update as unknown as VerifyInstance['update'];
proto2.verify = function (this: VerifyInstance, object: string | Uint8Array, signature: string | Uint8Array, signatureFormat?: string) {
  try {
    return this._binding.verify(toBuf(object), toBuf(signature, signatureFormat || defaultEncoding()));
  } catch (e) {
    throw bindingError(e, 421, '  return this._binding.verify(toBuf(object), toBuf(signature, sigEncoding));');
  }
};

export { SignCtor as Sign, VerifyCtor as Verify };
