// @n10/crypto: node 0.10's require('crypto'), portable.
//
// Hashes, HMAC, PBKDF2, ciphers, Diffie-Hellman and RSA/DSA signatures in TypeScript (bignums
// on bn.js), entropy from @n10/binding or the engine (random.ts), and a provider seam
// (provider.ts) through which OpenSSL in @n10/binding replaces the portable engines where it
// is present and agrees with them. The module object has 0.10's members in 0.10's order; the
// constructors double as the create* functions (crypto.createHash === crypto.Hash), as in 0.10.
import { Cipher, Cipheriv, Decipher, Decipheriv } from './cipher';
import { cipherNames } from './cipher/index';
import { DiffieHellman, DiffieHellmanGroup } from './dh';
import { Hash } from './hash';
import { hashNames } from './hash/index';
import { Hmac } from './hmac';
import { createCredentials, Credentials } from './credentials';
import { cryptoModule } from './module-object';
import { pbkdf2, pbkdf2Sync } from './pbkdf2';
import { cipherUsable, digestUsable } from './provider';
import { pseudoRandomBytes, randomBytes } from './random';
import { Sign, Verify } from './sign';

export type { HashInstance, HashConstructor } from './hash';
export type { HmacInstance, HmacConstructor } from './hmac';
export type { Bytes } from './encodings';
export type { CredentialsInstance, CredentialsConstructor, CredentialsDetails, SecureContextState } from './credentials';
export type { SignInstance, VerifyInstance, SignConstructor, VerifyConstructor } from './sign';
export type { DiffieHellmanInstance, DiffieHellmanGroupInstance, DiffieHellmanConstructor, DiffieHellmanGroupConstructor } from './dh';
export type { CipherStream, DecipherStream, CipherConstructor, CipherivConstructor } from './cipher';
export type { Pbkdf2Callback } from './pbkdf2';
export type { RandomBytesCallback } from './random';
export type { NativeCryptoBinding, HashEngine, MacEngine, CipherEngine } from './provider';

/** crypto.getHashes(): the digest names (see the README for the ones n10 lacks). */
const getHashes = function (): string[] {
  return hashNames(digestUsable);
};

/** crypto.getCiphers(): the cipher names. */
const getCiphers = function (): string[] {
  return cipherNames(cipherUsable);
};

export interface CryptoModule {
  /** 'buffer' (default), or the encoding results and string inputs take when none is given. */
  DEFAULT_ENCODING: string;
  Credentials: typeof Credentials;
  createCredentials: typeof createCredentials;
  Hash: typeof Hash;
  createHash: typeof Hash;
  Hmac: typeof Hmac;
  createHmac: typeof Hmac;
  Cipher: typeof Cipher;
  createCipher: typeof Cipher;
  Cipheriv: typeof Cipheriv;
  createCipheriv: typeof Cipheriv;
  Decipher: typeof Decipher;
  createDecipher: typeof Decipher;
  Decipheriv: typeof Decipheriv;
  createDecipheriv: typeof Decipheriv;
  Sign: typeof Sign;
  createSign: typeof Sign;
  Verify: typeof Verify;
  createVerify: typeof Verify;
  DiffieHellman: typeof DiffieHellman;
  createDiffieHellman: typeof DiffieHellman;
  getDiffieHellman: typeof DiffieHellmanGroup;
  createDiffieHellmanGroup: typeof DiffieHellmanGroup;
  DiffieHellmanGroup: typeof DiffieHellmanGroup;
  pbkdf2: typeof pbkdf2;
  pbkdf2Sync: typeof pbkdf2Sync;
  randomBytes: typeof randomBytes;
  pseudoRandomBytes: typeof pseudoRandomBytes;
  rng: typeof randomBytes;
  prng: typeof pseudoRandomBytes;
  getCiphers: typeof getCiphers;
  getHashes: typeof getHashes;
}

const crypto = cryptoModule as unknown as CryptoModule;
crypto.Credentials = Credentials;
crypto.createCredentials = createCredentials;
crypto.Hash = Hash;
crypto.createHash = Hash;
crypto.Hmac = Hmac;
crypto.createHmac = Hmac;
crypto.Cipher = Cipher;
crypto.createCipher = Cipher;
crypto.Cipheriv = Cipheriv;
crypto.createCipheriv = Cipheriv;
crypto.Decipher = Decipher;
crypto.createDecipher = Decipher;
crypto.Decipheriv = Decipheriv;
crypto.createDecipheriv = Decipheriv;
crypto.Sign = Sign;
crypto.createSign = Sign;
crypto.Verify = Verify;
crypto.createVerify = Verify;
crypto.DiffieHellman = DiffieHellman;
crypto.createDiffieHellman = DiffieHellman;
crypto.getDiffieHellman = DiffieHellmanGroup;
crypto.createDiffieHellmanGroup = DiffieHellmanGroup;
crypto.DiffieHellmanGroup = DiffieHellmanGroup;
crypto.pbkdf2 = pbkdf2;
crypto.pbkdf2Sync = pbkdf2Sync;
crypto.randomBytes = randomBytes;
crypto.pseudoRandomBytes = pseudoRandomBytes;
crypto.rng = randomBytes;
crypto.prng = pseudoRandomBytes;
crypto.getCiphers = getCiphers;
crypto.getHashes = getHashes;

// 0.10's module functions were anonymous ([Function] when inspected).
for (const fn of [createCredentials, pbkdf2, pbkdf2Sync, randomBytes, pseudoRandomBytes, getCiphers, getHashes]) {
  Object.defineProperty(fn, 'name', { value: '', configurable: true });
}

export { Credentials, createCredentials };
export { Cipher, Cipheriv, Decipher, Decipheriv, DiffieHellman, DiffieHellmanGroup, Sign, Verify };
export { Sign as createSign, Verify as createVerify };
export { DiffieHellman as createDiffieHellman, DiffieHellmanGroup as getDiffieHellman, DiffieHellmanGroup as createDiffieHellmanGroup };
export { Cipher as createCipher, Cipheriv as createCipheriv, Decipher as createDecipher, Decipheriv as createDecipheriv };
export { Hash, Hmac, pbkdf2, pbkdf2Sync, randomBytes, pseudoRandomBytes, getCiphers, getHashes };
export { Hash as createHash, Hmac as createHmac, randomBytes as rng, pseudoRandomBytes as prng };
export default crypto;
