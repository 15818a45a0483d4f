// Diffie-Hellman (PKCS #3) with generator 2, as 0.10 wrapped OpenSSL's DH: createDiffieHellman
// with a prime length (a fresh safe prime) or a prime (accepted only if DH_check would pass it:
// a safe prime ≡ 11 mod 24), getDiffieHellman with the RFC 2409/3526 groups (no setters, no
// checks), private keys of bits(p) − 1 random bits, the shared secret left-padded to the
// prime's length, and 0.10's messages.
import { BN, fromBytes, modPow, randomBits, toBytes } from './bignum';
import { groupPrime } from './dh-groups';
import { bufferArg, jsOutput, slowCopy, toBuf } from './encodings';
import type { Bytes } from './encodings';
import { defaultEncoding } from './module-object';
import { isPrime, safePrime } from './prime';
import { bindingError, sited } from './throw-sites';

const STATE = Symbol('dh');

interface DhState {
  p: BN;
  g: BN;
  pub: BN | null;
  priv: BN | null;
}

// What OpenSSL 1.0.1e's DH_generate_parameters gave for fewer than 16 bits, every time.
const TINY_PRIME = new BN(0x8c7b);

/** 0.10's DH_check as VerifyContext used it: p a safe prime and p mod 24 = 11 (generator 2). */
function acceptable(p: BN): boolean {
  if (p.isZero() || p.modrn(24) !== 11) return false;
  return isPrime(p) && isPrime(p.shrn(1));
}

/** 0.10's binding.DiffieHellman and binding.DiffieHellmanGroup. */
export class DhHandle {
  private readonly [STATE]: DhState;

  constructor(state: DhState) {
    this[STATE] = state;
  }

  static fromSizeOrPrime(sizeOrKey: unknown): DhHandle {
    let p: BN;
    if (typeof sizeOrKey === 'number') {
      // 0.10 took a 32-bit integer as a length (anything else aborted it; n10 refuses).
      if ((sizeOrKey | 0) !== sizeOrKey || sizeOrKey <= 0) throw new Error('Initialization failed');
      p = sizeOrKey < 16 ? TINY_PRIME : safePrime(sizeOrKey);
    } else if (sizeOrKey instanceof Uint8Array) {
      p = fromBytes(sizeOrKey);
      if (!acceptable(p)) throw new Error('Initialization failed');
    } else {
      throw new Error('Initialization failed');
    }
    return new DhHandle({ p, g: new BN(2), pub: null, priv: null });
  }

  static group(name: unknown): DhHandle {
    if (typeof name !== 'string') throw new Error('No group name given');
    const p = groupPrime(name);
    if (!p) throw new Error('Unknown group');
    return new DhHandle({ p, g: new BN(2), pub: null, priv: null });
  }

  /** DH_generate_key: a private key unless one is set, then the public key g^x mod p. */
  generateKeys(): Bytes {
    const s = this[STATE];
    if (!s.priv) s.priv = randomBits(s.p.bitLength() - 1);
    s.pub = modPow(s.g, s.priv, s.p);
    return slowCopy(toBytes(s.pub));
  }

  computeSecret(key: Uint8Array): Bytes {
    const s = this[STATE];
    const pub = fromBytes(key);
    const size = (s.p.bitLength() + 7) >> 3;
    const tooSmall = pub.cmpn(1) <= 0;
    const tooLarge = pub.cmp(s.p.subn(1)) >= 0;
    if (!s.priv || tooSmall || tooLarge) {
      if (tooSmall) throw new Error('Supplied key is too small');
      if (tooLarge) throw new Error('Supplied key is too large');
      throw new Error('Invalid key');
    }
    const secret = modPow(pub, s.priv, s.p);
    return slowCopy(toBytes(secret, size));
  }

  getPrime(): Bytes {
    return slowCopy(toBytes(this[STATE].p));
  }

  getGenerator(): Bytes {
    return slowCopy(toBytes(this[STATE].g));
  }

  getPublicKey(): Bytes {
    const k = this[STATE].pub;
    if (!k) throw new Error('No public key - did you forget to generate one?');
    return slowCopy(toBytes(k));
  }

  getPrivateKey(): Bytes {
    const k = this[STATE].priv;
    if (!k) throw new Error('No private key - did you forget to generate one?');
    return slowCopy(toBytes(k));
  }

  setPublicKey(key: Uint8Array): void {
    this[STATE].pub = fromBytes(key);
  }

  setPrivateKey(key: Uint8Array): void {
    this[STATE].priv = fromBytes(key);
  }
}

export interface DiffieHellmanGroupInstance {
  _binding: DhHandle;
  /** Generates (or, with a private key set, recomputes) the public key; returns it. */
  generateKeys(encoding?: string): Bytes | string;
  /** The shared secret from the other party's public key, as long as the prime. */
  computeSecret(otherPublicKey: string | Uint8Array, inputEncoding?: string | null, outputEncoding?: string | null): Bytes | string;
  getPrime(encoding?: string): Bytes | string;
  getGenerator(encoding?: string): Bytes | string;
  getPublicKey(encoding?: string): Bytes | string;
  getPrivateKey(encoding?: string): Bytes | string;
}

export interface DiffieHellmanInstance extends DiffieHellmanGroupInstance {
  setPublicKey(key: string | Uint8Array, encoding?: string): this;
  setPrivateKey(key: string | Uint8Array, encoding?: string): this;
}

export interface DiffieHellmanConstructor {
  new (sizeOrKey: number | string | Uint8Array, encoding?: string): DiffieHellmanInstance;
  (sizeOrKey: number | string | Uint8Array, encoding?: string): DiffieHellmanInstance;
  prototype: DiffieHellmanInstance;
}

export interface DiffieHellmanGroupConstructor {
  new (name: string): DiffieHellmanGroupInstance;
  (name: string): DiffieHellmanGroupInstance;
  prototype: DiffieHellmanGroupInstance;
}

function DiffieHellman(this: DiffieHellmanInstance, sizeOrKey: number | string | Uint8Array, encoding?: string): DiffieHellmanInstance | void {
  if (!(this instanceof DiffieHellman)) return new DiffieHellmanCtor(sizeOrKey, encoding);
  if (!sizeOrKey) {
    // 0.10 made its binding's DiffieHellman with no argument (crypto.js:433), which failed.
    const er = new Error('Initialization failed');
    throw sited(er, 433, '    this._binding = new binding.DiffieHellman();', 20);
  }
  const key = typeof sizeOrKey === 'number' ? sizeOrKey : toBuf(sizeOrKey, encoding || defaultEncoding());
  this._binding = DhHandle.fromSizeOrPrime(key);
}
const DiffieHellmanCtor = DiffieHellman as unknown as DiffieHellmanConstructor;

function DiffieHellmanGroup(this: DiffieHellmanGroupInstance, name: string): DiffieHellmanGroupInstance | void {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroupCtor(name);
  this._binding = DhHandle.group(name);
}
const DiffieHellmanGroupCtor = DiffieHellmanGroup as unknown as DiffieHellmanGroupConstructor;

// 0.10's methods were named functions (dhGenerateKeys …), shared by both prototypes.
const dhGenerateKeys = function dhGenerateKeys(this: DiffieHellmanGroupInstance, encoding?: string) {
  let keys: Bytes;
  try {
    keys = this._binding.generateKeys();
  } catch (e) {
    throw bindingError(e, 458, '  var keys = this._binding.generateKeys();');
  }
  return jsOutput(keys, encoding);
};
const dhComputeSecret = function dhComputeSecret(
  this: DiffieHellmanGroupInstance,
  key: string | Uint8Array,
  inputEncoding?: string | null,
  outputEncoding?: string | null,
) {
  let secret: Bytes;
  try {
    secret = this._binding.computeSecret(bufferArg(key, inputEncoding || defaultEncoding()));
  } catch (e) {
    throw bindingError(e, 473, '  var ret = this._binding.computeSecret(toBuf(key, inEnc));');
  }
  return jsOutput(secret, outputEncoding);
};
const dhGetPrime = function dhGetPrime(this: DiffieHellmanGroupInstance, encoding?: string) {
  let prime: Bytes;
  try {
    prime = this._binding.getPrime();
  } catch (e) {
    throw bindingError(e, 485, '  var prime = this._binding.getPrime();');
  }
  return jsOutput(prime, encoding);
};
const dhGetGenerator = function dhGetGenerator(this: DiffieHellmanGroupInstance, encoding?: string) {
  let generator: Bytes;
  try {
    generator = this._binding.getGenerator();
  } catch (e) {
    throw bindingError(e, 498, '  var generator = this._binding.getGenerator();');
  }
  return jsOutput(generator, encoding);
};
const dhGetPublicKey = function dhGetPublicKey(this: DiffieHellmanGroupInstance, encoding?: string) {
  let key: Bytes;
  try {
    key = this._binding.getPublicKey();
  } catch (e) {
    throw bindingError(e, 511, '  var key = this._binding.getPublicKey();');
  }
  return jsOutput(key, encoding);
};
const dhGetPrivateKey = function dhGetPrivateKey(this: DiffieHellmanGroupInstance, encoding?: string) {
  let key: Bytes;
  try {
    key = this._binding.getPrivateKey();
  } catch (e) {
    throw bindingError(e, 524, '  var key = this._binding.getPrivateKey();');
  }
  return jsOutput(key, encoding);
};

for (const p of [DiffieHellmanCtor.prototype, DiffieHellmanGroupCtor.prototype] as DiffieHellmanGroupInstance[]) {
  p.generateKeys = dhGenerateKeys;
  p.computeSecret = dhComputeSecret;
  p.getPrime = dhGetPrime;
  p.getGenerator = dhGetGenerator;
  p.getPublicKey = dhGetPublicKey;
  p.getPrivateKey = dhGetPrivateKey;
}
const proto = DiffieHellmanCtor.prototype;
proto.setPublicKey = function (this: DiffieHellmanInstance, key: string | Uint8Array, encoding?: string) {
  try {
    this._binding.setPublicKey(bufferArg(key, encoding || defaultEncoding()));
  } catch (e) {
    throw bindingError(e, 534, '  this._binding.setPublicKey(toBuf(key, encoding));');
  }
  return this;
};
proto.setPrivateKey = function (this: DiffieHellmanInstance, key: string | Uint8Array, encoding?: string) {
  try {
    this._binding.setPrivateKey(bufferArg(key, encoding || defaultEncoding()));
  } catch (e) {
    throw bindingError(e, 541, '  this._binding.setPrivateKey(toBuf(key, encoding));');
  }
  return this;
};

export { DiffieHellmanCtor as DiffieHellman, DiffieHellmanGroupCtor as DiffieHellmanGroup };
