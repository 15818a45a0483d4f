// RSA and DSA keys from PEM: PKCS #1 (RSA PRIVATE KEY, RSA PUBLIC KEY), OpenSSL's DSA PRIVATE
// KEY, PKCS #8 (PRIVATE KEY), SubjectPublicKeyInfo (PUBLIC KEY) and X.509 certificates — the
// forms 0.10's sign() and verify() read through OpenSSL.
import { concat, encodeInteger, Reader, SEQUENCE, tlv } from './asn1';
import { BN, fromBytes, modPow } from './bignum';
import { curveByOid, decompress, onCurve, publicPoint } from './ec';
import type { Curve } from './ec';
import { E } from './errors';
import { decryptPemBody, decryptPkcs8 } from './key-encryption';
import { PemError, readPem } from './pem';

export interface RsaPublicKey {
  kind: 'rsa';
  n: BN;
  e: BN;
}

export interface RsaPrivateKey extends RsaPublicKey {
  d: BN;
  p: BN;
  q: BN;
  dp: BN;
  dq: BN;
  qi: BN;
}

export interface DsaPublicKey {
  kind: 'dsa';
  p: BN;
  q: BN;
  g: BN;
  y: BN;
}

export interface DsaPrivateKey extends DsaPublicKey {
  x: BN;
}

export interface EcPublicKey {
  kind: 'ec';
  curve: Curve;
  q: { x: BN; y: BN };
}

export interface EcPrivateKey extends EcPublicKey {
  d: BN;
}

/** A key n10 cannot use (an EC key on another curve, or compressed): parses, but cannot sign or verify. */
export interface OtherKey {
  kind: 'other';
}

export type PublicKey = RsaPublicKey | DsaPublicKey | EcPublicKey | OtherKey;
export type PrivateKey = RsaPrivateKey | DsaPrivateKey | EcPrivateKey | OtherKey;

const RSA_OID = '1.2.840.113549.1.1.1';
const DSA_OID = '1.2.840.10040.4.1';
const EC_OID = '1.2.840.10045.2.1';

function rsaPrivate(r: Reader): RsaPrivateKey {
  const s = r.enter();
  s.smallInteger();
  const [n, e, d, p, q, dp, dq, qi] = [s.integer(), s.integer(), s.integer(), s.integer(), s.integer(), s.integer(), s.integer(), s.integer()];
  return { kind: 'rsa', n, e, d, p, q, dp, dq, qi };
}

function rsaPublic(r: Reader): RsaPublicKey {
  const s = r.enter();
  return { kind: 'rsa', n: s.integer(), e: s.integer() };
}

// A point (04 || X || Y, or compressed 02/03 || X) on the curve, or null.
function ecPoint(curve: Curve, bits: Uint8Array): { x: BN; y: BN } | null {
  if (bits.length === 1 + curve.size && (bits[0] === 2 || bits[0] === 3)) return decompress(curve, fromBytes(bits.subarray(1)), bits[0] === 3);
  if (bits.length !== 1 + 2 * curve.size || bits[0] !== 4) return null;
  const q = { x: fromBytes(bits.subarray(1, 1 + curve.size)), y: fromBytes(bits.subarray(1 + curve.size)) };
  return onCurve(curve, q) ? q : null;
}

// The named curve of an AlgorithmIdentifier's parameters (explicit parameters: none).
function namedCurve(alg: Reader): Curve | undefined {
  if (alg.done || alg.peekTag() !== 0x06) return undefined;
  return curveByOid(alg.oid());
}

// SEC 1 ECPrivateKey: version, d, [0] curve, [1] public point.
function ecPrivate(r: Reader, curve: Curve | undefined): EcPrivateKey | OtherKey {
  const s = r.enter();
  s.smallInteger();
  const d = fromBytes(s.octets());
  let bits: Uint8Array | null = null;
  if (!s.done && s.peekTag() === 0xa0) curve = namedCurve(s.enter(0xa0)) || curve;
  if (!s.done && s.peekTag() === 0xa1) bits = s.enter(0xa1).bits();
  if (!curve || d.isZero() || d.gte(curve.n)) return { kind: 'other' };
  const q = bits ? ecPoint(curve, bits) : publicPoint(curve, d);
  return q ? { kind: 'ec', curve, q, d } : { kind: 'other' };
}

function dsaParams(r: Reader): { p: BN; q: BN; g: BN } {
  const s = r.enter();
  return { p: s.integer(), q: s.integer(), g: s.integer() };
}

function pkcs8(der: Uint8Array): PrivateKey {
  const s = new Reader(der).enter();
  s.smallInteger();
  const alg = s.enter();
  const oid = alg.oid();
  const key = s.octets();
  if (oid === RSA_OID) return rsaPrivate(new Reader(key));
  if (oid === DSA_OID) {
    const { p, q, g } = dsaParams(alg);
    const x = new Reader(key).integer();
    return { kind: 'dsa', p, q, g, x, y: modPow(g, x, p) };
  }
  if (oid === EC_OID) return ecPrivate(new Reader(key), namedCurve(alg));
  throw new PemError(E.ASN1_HEADER_TOO_LONG);
}

function spki(r: Reader): PublicKey {
  const s = r.enter();
  const alg = s.enter();
  const oid = alg.oid();
  const bits = s.bits();
  if (oid === RSA_OID) return rsaPublic(new Reader(bits));
  if (oid === DSA_OID) {
    const { p, q, g } = dsaParams(alg);
    return { kind: 'dsa', p, q, g, y: new Reader(bits).integer() };
  }
  if (oid === EC_OID) {
    const curve = namedCurve(alg);
    const q = curve ? ecPoint(curve, bits) : null;
    return curve && q ? { kind: 'ec', curve, q } : { kind: 'other' };
  }
  throw new PemError(E.ASN1_HEADER_TOO_LONG);
}

const PRIVATE_TYPES = new Set(['PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'RSA PRIVATE KEY', 'DSA PRIVATE KEY', 'EC PRIVATE KEY']);

/**
 * PEM_read_bio_PrivateKey: an encrypted key needs `passphrase` (0.10's sign() had none to
 * give, and OpenSSL would have asked the terminal). Throws on anything it cannot use.
 */
export function privateKeyFromPem(text: string, passphrase?: string): PrivateKey {
  const block = readPem(text, (t) => PRIVATE_TYPES.has(t));
  try {
    const der = block.headers.length ? decryptPemBody(block.headers, block.der, passphrase) : block.der;
    switch (block.type) {
      case 'RSA PRIVATE KEY':
        return rsaPrivate(new Reader(der));
      case 'DSA PRIVATE KEY': {
        const s = new Reader(der).enter();
        s.smallInteger();
        return { kind: 'dsa', p: s.integer(), q: s.integer(), g: s.integer(), y: s.integer(), x: s.integer() };
      }
      case 'PRIVATE KEY':
        return pkcs8(der);
      case 'EC PRIVATE KEY':
        return ecPrivate(new Reader(der), undefined);
      default:
        return pkcs8(decryptPkcs8(der, passphrase));
    }
  } catch (e) {
    if (e instanceof PemError) throw e;
    throw new PemError(E.ASN1_HEADER_TOO_LONG);
  }
}

/** The subject public key of the first certificate in the text. */
export function certificatePublicKey(text: string): PublicKey {
  return readCertificate(text).key;
}

/** The first certificate in the text: its DER and subject public key. */
export function readCertificate(text: string): { der: Uint8Array; key: PublicKey } {
  const block = readPem(text, (t) => t === 'CERTIFICATE' || t === 'X509 CERTIFICATE' || t === 'TRUSTED CERTIFICATE');
  if (block.headers.length) throw new PemError(E.PEM_NOT_PROC_TYPE);
  return { der: block.der, key: subjectPublicKey(block.der) };
}

function subjectPublicKey(der: Uint8Array): PublicKey {
  const block = { der };
  try {
    const cert = new Reader(block.der).enter();
    const tbs = cert.enter();
    if (tbs.peekTag() === 0xa0) tbs.item(); // [0] version
    tbs.item(); // serialNumber
    tbs.item(SEQUENCE); // signature
    tbs.item(SEQUENCE); // issuer
    tbs.item(SEQUENCE); // validity
    tbs.item(SEQUENCE); // subject
    return spki(tbs);
  } catch (e) {
    if (e instanceof PemError) throw e;
    throw new PemError(E.ASN1_HEADER_TOO_LONG);
  }
}

function pem(type: string, der: Uint8Array): string {
  let b64 = '';
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < der.length; i += 3) {
    const n = (der[i] << 16) | ((i + 1 < der.length ? der[i + 1] : 0) << 8) | (i + 2 < der.length ? der[i + 2] : 0);
    b64 += A[n >> 18] + A[(n >> 12) & 63] + (i + 1 < der.length ? A[(n >> 6) & 63] : '=') + (i + 2 < der.length ? A[n & 63] : '=');
  }
  const lines = b64.match(/.{1,64}/g) || [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}

/**
 * A private key as PEM in its traditional form (PKCS #1 RSA PRIVATE KEY, OpenSSL's DSA PRIVATE
 * KEY), re-encoded from what was read: what OpenSSL signs with is exactly the key n10 read.
 */
export function privateKeyPem(key: RsaPrivateKey | DsaPrivateKey): string {
  const ints =
    key.kind === 'rsa' ? [new BN(0), key.n, key.e, key.d, key.p, key.q, key.dp, key.dq, key.qi] : [new BN(0), key.p, key.q, key.g, key.y, key.x];
  const der = tlv(SEQUENCE, concat(ints.map(encodeInteger)));
  return pem(key.kind === 'rsa' ? 'RSA PRIVATE KEY' : 'DSA PRIVATE KEY', der);
}

/**
 * verify()'s key, read as 0.10 read it: text starting with "-----BEGIN PUBLIC KEY-----" is a
 * SubjectPublicKeyInfo, "-----BEGIN RSA PUBLIC KEY-----" a PKCS #1 key, anything else a
 * certificate.
 */
export function verifyKeyFromPem(text: string): PublicKey {
  try {
    if (text.startsWith('-----BEGIN PUBLIC KEY-----')) return spki(new Reader(readPem(text, (t) => t === 'PUBLIC KEY').der));
    if (text.startsWith('-----BEGIN RSA PUBLIC KEY-----')) return rsaPublic(new Reader(readPem(text, (t) => t === 'RSA PUBLIC KEY').der));
  } catch (e) {
    if (e instanceof PemError) throw e;
    throw new PemError(E.ASN1_HEADER_TOO_LONG);
  }
  return certificatePublicKey(text);
}
