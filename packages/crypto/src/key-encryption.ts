// Decrypting private keys with a passphrase (createCredentials' key + passphrase): OpenSSL's
// PEM encryption (Proc-Type: 4,ENCRYPTED and DEK-Info, key from EVP_BytesToKey), and PKCS #8
// EncryptedPrivateKeyInfo with PBES2 (RFC 8018: PBKDF2 + AES/DES-CBC), PBES1 (PKCS #5 v1.5:
// MD5 or SHA-1 with DES-CBC) or PKCS #12's PBE (RFC 7292 appendix B: SHA-1 with 2- or 3-key
// triple DES).
import { Reader } from './asn1';
import { bytesToKey, EvpCipher } from './cipher/evp';
import { lookupCipher } from './cipher/index';
import { pbkdf2Hmac } from './pbkdf2';
import { E } from './errors';
import { PemError } from './pem';
import { cipherMode, hashEngine } from './provider';

const UNSUPPORTED = E.PBE_UNKNOWN;

/** Decrypts, or throws the entries a bad passphrase leaves (`failure`, after EVP's own). */
function decrypt(cipherName: string, key: Uint8Array, iv: Uint8Array, data: Uint8Array, failure: string[] = []): Uint8Array {
  const spec = lookupCipher(cipherName);
  if (!spec || key.length !== spec.keyLength || iv.length !== spec.ivLength) throw new PemError(UNSUPPORTED);
  const evp = new EvpCipher(cipherMode(spec, key, iv, true), spec.blockSize, true);
  const out = new Uint8Array(evp.updateLength(data.length) + 16);
  try {
    const n = evp.updateInto(data, 0, data.length, out);
    const m = evp.finalInto(out.subarray(n));
    return out.slice(0, n + m);
  } catch {
    throw new PemError(E.EVP_BAD_DECRYPT, ...failure);
  }
}

// Passphrases are used as UTF-8 bytes (0.10 handed V8's UTF-8 rendering to OpenSSL).
function utf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** The DER inside an encrypted traditional PEM block. */
export function decryptPemBody(headers: string[], der: Uint8Array, passphrase: string | undefined): Uint8Array {
  if (!/^Proc-Type:\s*4,ENCRYPTED$/.test(headers[0] || '')) throw new PemError(E.PEM_NOT_PROC_TYPE);
  const dek = /^DEK-Info:\s*([A-Za-z0-9-]+),([0-9A-Fa-f]+)$/.exec(headers[1] || '');
  if (!dek) throw new PemError(E.PEM_UNSUPPORTED_ENCRYPTION);
  if (passphrase === undefined) throw new PemError(E.PEM_NO_PASSWORD, E.PEM_BAD_PASSWORD_READ);
  const spec = lookupCipher(dek[1]);
  if (!spec) throw new PemError(E.PEM_UNSUPPORTED_ENCRYPTION);
  const iv = new Uint8Array(dek[2].length / 2);
  for (let i = 0; i < iv.length; i++) iv[i] = parseInt(dek[2].substr(2 * i, 2), 16);
  const { key } = bytesToKey(utf8(passphrase), spec.keyLength, 0, iv.subarray(0, 8));
  return decrypt(spec.name, key, iv, der, [E.PEM_DO_HEADER_BAD_DECRYPT]);
}

const PKCS8_BAD_DECRYPT = [E.PKCS12_CIPHERFINAL, E.PKCS12_PBE_CRYPT, E.PEM_ASN1_LIB];

const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const PRFS: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};
const PBES2_CIPHERS: Record<string, string> = {
  '2.16.840.1.101.3.4.1.2': 'aes-128-cbc',
  '2.16.840.1.101.3.4.1.22': 'aes-192-cbc',
  '2.16.840.1.101.3.4.1.42': 'aes-256-cbc',
  '1.2.840.113549.3.7': 'des-ede3-cbc',
  '1.3.14.3.2.7': 'des-cbc',
};
const PBES1: Record<string, string> = {
  '1.2.840.113549.1.5.3': 'md5',
  '1.2.840.113549.1.5.10': 'sha1',
};
const PKCS12_PBE: Record<string, [string, number]> = {
  '1.2.840.113549.1.12.1.3': ['des-ede3-cbc', 24],
  '1.2.840.113549.1.12.1.4': ['des-ede-cbc', 16],
};

function digestOf(name: string, data: Uint8Array): Uint8Array {
  const h = hashEngine(name);
  h.update(data, 0, data.length);
  const out = new Uint8Array(h.size);
  h.finish(out, 0);
  return out;
}

/** RFC 7292 appendix B.2 with SHA-1: `n` bytes for purpose `id` (1 key, 2 IV). */
function pkcs12Kdf(password: string, salt: Uint8Array, iterations: number, id: number, n: number): Uint8Array {
  const v = 64;
  const u = 20;
  const pw: number[] = [];
  for (let i = 0; i < password.length; i++) pw.push(password.charCodeAt(i) >> 8, password.charCodeAt(i) & 255);
  pw.push(0, 0);
  const fill = (src: ArrayLike<number>) => {
    const len = src.length ? v * Math.ceil(src.length / v) : 0;
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) out[i] = src[i % src.length];
    return out;
  };
  const s = fill(salt);
  const p = fill(pw);
  const I = new Uint8Array(s.length + p.length);
  I.set(s);
  I.set(p, s.length);
  const D = new Uint8Array(v).fill(id);
  const out = new Uint8Array(n);
  for (let done = 0; done < n; ) {
    const first = new Uint8Array(v + I.length);
    first.set(D);
    first.set(I, v);
    let A = digestOf('sha1', first);
    for (let r = 1; r < iterations; r++) A = digestOf('sha1', A);
    out.set(A.subarray(0, Math.min(u, n - done)), done);
    done += u;
    if (done >= n) break;
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const x = I[j + k] + A[k % u] + carry;
        I[j + k] = x & 255;
        carry = x >> 8;
      }
    }
  }
  return out;
}

/** The PrivateKeyInfo inside an EncryptedPrivateKeyInfo. */
export function decryptPkcs8(der: Uint8Array, passphrase: string | undefined): Uint8Array {
  if (passphrase === undefined) throw new PemError(E.PEM_NO_PASSWORD, E.PEM_PKCS8_BAD_PASSWORD_READ);
  const epki = new Reader(der).enter();
  const alg = epki.enter();
  const oid = alg.oid();
  const data = epki.octets();
  const pass = utf8(passphrase);
  if (oid === PBES2) {
    const params = alg.enter();
    const kdf = params.enter();
    if (kdf.oid() !== PBKDF2) throw new PemError(UNSUPPORTED);
    const kp = kdf.enter();
    const salt = kp.octets();
    const iterations = kp.smallInteger();
    let keyLength = -1;
    let prf = 'sha1';
    if (!kp.done && kp.peekTag() === 0x02) keyLength = kp.smallInteger();
    if (!kp.done) {
      const p = PRFS[kp.enter().oid()];
      if (!p) throw new PemError(UNSUPPORTED);
      prf = p;
    }
    const enc = params.enter();
    const cipher = PBES2_CIPHERS[enc.oid()];
    if (!cipher) throw new PemError(UNSUPPORTED);
    const iv = enc.octets();
    const spec = lookupCipher(cipher);
    if (!spec) throw new PemError(UNSUPPORTED);
    const key = pbkdf2Hmac(prf, pass, salt, iterations, keyLength > 0 ? keyLength : spec.keyLength);
    return decrypt(cipher, key, iv, data, PKCS8_BAD_DECRYPT);
  }
  if (PBES1[oid]) {
    const params = alg.enter();
    const salt = params.octets();
    const iterations = params.smallInteger();
    const first = new Uint8Array(pass.length + salt.length);
    first.set(pass);
    first.set(salt, pass.length);
    let dk = digestOf(PBES1[oid], first);
    for (let i = 1; i < iterations; i++) dk = digestOf(PBES1[oid], dk);
    return decrypt('des-cbc', dk.subarray(0, 8), dk.subarray(8, 16), data, PKCS8_BAD_DECRYPT);
  }
  if (PKCS12_PBE[oid]) {
    const [cipher, keyLength] = PKCS12_PBE[oid];
    const params = alg.enter();
    const salt = params.octets();
    const iterations = params.smallInteger();
    const key = pkcs12Kdf(passphrase, salt, iterations, 1, keyLength);
    const iv = pkcs12Kdf(passphrase, salt, iterations, 2, 8);
    return decrypt(cipher, key, iv, data, PKCS8_BAD_DECRYPT);
  }
  throw new PemError(UNSUPPORTED);
}
