// RSASSA-PKCS1-v1_5 (RFC 8017 section 8.2; PKCS #1 v1.5): EM = 00 01 FF…FF 00 DigestInfo,
// signed with the private exponent by the Chinese remainder theorem, verified with the public
// exponent. DigestInfo carries the digest's OID with NULL parameters, as OpenSSL wrote it.
import { concat, encodeOid, NULL, OCTET_STRING, Reader, SEQUENCE, tlv } from './asn1';
import { fromBytes, modPow, toBytes } from './bignum';
import type { BN } from './bignum';
import { E } from './errors';
import type { RsaPrivateKey, RsaPublicKey } from './keys';


/** DigestInfo algorithm identifiers (RFC 8017 appendix A.2.4, and the older digests OpenSSL signed with). */
const DIGEST_OIDS: Record<string, string> = {
  md4: '1.2.840.113549.2.4',
  md5: '1.2.840.113549.2.5',
  sha: '1.3.14.3.2.18',
  sha1: '1.3.14.3.2.26',
  ripemd160: '1.3.36.3.2.1',
  sha224: '2.16.840.1.101.3.4.2.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
};

// OpenSSL signed MDC-2 digests as a bare OCTET STRING (RSA_sign_ASN1_OCTET_STRING).
export function digestInfo(digest: string, hash: Uint8Array): Uint8Array {
  if (digest === 'mdc2') return tlv(OCTET_STRING, hash);
  const alg = tlv(SEQUENCE, concat([encodeOid(DIGEST_OIDS[digest]), tlv(NULL, [])]));
  return tlv(SEQUENCE, concat([alg, tlv(OCTET_STRING, hash)]));
}

function modulusBytes(n: BN): number {
  return (n.bitLength() + 7) >> 3;
}

/** Whether the key is long enough for the DigestInfo of a `hashLength`-byte digest (else OpenSSL failed). */
export function rsaDigestFits(key: RsaPublicKey, digest: string, hashLength: number): boolean {
  return digestInfo(digest, new Uint8Array(hashLength)).length <= modulusBytes(key.n) - 11;
}

// EM = 00 01 FF…FF 00 DigestInfo, k bytes; null when the DigestInfo does not fit.
function encode(digest: string, hash: Uint8Array, k: number): Uint8Array | null {
  const t = digestInfo(digest, hash);
  if (t.length > k - 11) return null;
  const em = new Uint8Array(k);
  em[1] = 1;
  em.fill(0xff, 2, k - t.length - 1);
  em.set(t, k - t.length);
  return em;
}

/** Whether `signature` is exactly the PKCS #1 v1.5 signature n10 makes of `hash` (byte for byte, not merely valid). */
export function rsaSignatureIs(key: RsaPublicKey, digest: string, hash: Uint8Array, signature: Uint8Array): boolean {
  const k = modulusBytes(key.n);
  const em = encode(digest, hash, k);
  if (!em || signature.length !== k) return false;
  const s = fromBytes(signature);
  if (s.cmp(key.n) >= 0) return false;
  const got = toBytes(modPow(s, key.e, key.n), k);
  for (let i = 0; i < k; i++) if (got[i] !== em[i]) return false;
  return true;
}

/** The signature, or null when the key is too short for the DigestInfo (OpenSSL then failed). */
export function rsaSign(key: RsaPrivateKey, digest: string, hash: Uint8Array): Uint8Array | null {
  const k = modulusBytes(key.n);
  const em = encode(digest, hash, k);
  if (!em) return null;
  const m = fromBytes(em);
  // CRT: s = m2 + q * (qInv * (m1 - m2) mod p)
  const m1 = modPow(m, key.dp, key.p);
  const m2 = modPow(m, key.dq, key.q);
  const h = key.qi.mul(m1.sub(m2)).umod(key.p);
  const s = m2.add(h.mul(key.q));
  // A sound key gives s^e = m; check it (OpenSSL falls back the same way when CRT fails).
  if (!modPow(s, key.e, key.n).eq(m)) {
    return toBytes(modPow(m, key.d, key.n), k);
  }
  return toBytes(s, k);
}

/** True, or the OpenSSL error entries the failure left (0.10's later errors show them). */
export function rsaVerify(key: RsaPublicKey, digest: string, hash: Uint8Array, signature: Uint8Array): true | string[] {
  const k = modulusBytes(key.n);
  if (signature.length !== k) return [E.RSA_WRONG_SIGNATURE_LENGTH];
  const s = fromBytes(signature);
  const padding = [E.RSA_BLOCK_TYPE, E.RSA_PADDING_CHECK];
  if (s.cmp(key.n) >= 0) return padding;
  const em = toBytes(modPow(s, key.e, key.n), k);
  if (em[0] !== 0 || em[1] !== 1) return padding;
  let i = 2;
  while (i < k && em[i] === 0xff) i++;
  if (i - 2 < 8 || i >= k || em[i] !== 0) return padding;
  const t = em.subarray(i + 1);
  if (digest === 'mdc2') {
    const expected = digestInfo(digest, hash);
    if (t.length !== expected.length) return [E.RSA_BAD_SIGNATURE];
    for (let j = 0; j < t.length; j++) if (t[j] !== expected[j]) return [E.RSA_BAD_SIGNATURE];
    return true;
  }
  try {
    const r = new Reader(t);
    const seq = r.enter(SEQUENCE);
    if (!r.done) return [E.RSA_BAD_SIGNATURE];
    const alg = seq.enter(SEQUENCE);
    if (alg.oid() !== DIGEST_OIDS[digest]) return [E.RSA_ALGORITHM_MISMATCH];
    if (!alg.done) {
      const param = alg.item();
      if (param.tag !== NULL || param.end !== param.start || !alg.done) return [E.RSA_BAD_SIGNATURE];
    }
    const got = seq.octets();
    if (!seq.done || got.length !== hash.length) return [E.RSA_BAD_SIGNATURE];
    for (let j = 0; j < got.length; j++) if (got[j] !== hash[j]) return [E.RSA_BAD_SIGNATURE];
    return true;
  } catch {
    return [E.RSA_BAD_SIGNATURE];
  }
}
