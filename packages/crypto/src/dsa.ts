// DSA (FIPS 186): signatures are DER SEQUENCE { r INTEGER, s INTEGER }. As OpenSSL 1.0.1 did,
// a digest longer than q is cut to q's length in bytes, and k is fresh random for each
// signature.
import { concat, encodeInteger, Reader, SEQUENCE, tlv } from './asn1';
import { BN, fromBytes, modPow, randomRange } from './bignum';
import { E } from './errors';
import type { DsaPrivateKey, DsaPublicKey } from './keys';

function digestNumber(q: BN, hash: Uint8Array): BN {
  const qBytes = (q.bitLength() + 7) >> 3;
  return fromBytes(hash.length > qBytes ? hash.subarray(0, qBytes) : hash);
}

export function dsaSign(key: DsaPrivateKey, hash: Uint8Array): Uint8Array | null {
  const { p, q, g, x } = key;
  if (q.isZero() || p.isZero()) return null;
  const m = digestNumber(q, hash);
  const one = new BN(1);
  for (;;) {
    const k = randomRange(one, q);
    const r = modPow(g, k, p).umod(q);
    if (r.isZero()) continue;
    const s = k.invm(q).mul(m.add(x.mul(r))).umod(q);
    if (s.isZero()) continue;
    return tlv(SEQUENCE, concat([encodeInteger(r), encodeInteger(s)]));
  }
}

/** True, or the OpenSSL error entries a failure left (1.0.1's DSA_do_verify reported every mismatch as "BN lib"). */
export function dsaVerify(key: DsaPublicKey, hash: Uint8Array, signature: Uint8Array): true | string[] {
  const { p, q, g, y } = key;
  let r: BN;
  let s: BN;
  try {
    const seq = new Reader(signature).enter(SEQUENCE);
    r = seq.integer();
    s = seq.integer();
    if (!seq.done) return [E.ASN1_TOO_LONG, E.ASN1_BAD_OBJECT_HEADER, E.ASN1_NESTED];
  } catch {
    return [E.ASN1_TOO_LONG, E.ASN1_BAD_OBJECT_HEADER, E.ASN1_NESTED];
  }
  if (r.isZero() || s.isZero() || r.cmp(q) >= 0 || s.cmp(q) >= 0) return [E.DSA_BN_LIB];
  const w = s.invm(q);
  const u1 = digestNumber(q, hash).mul(w).umod(q);
  const u2 = r.mul(w).umod(q);
  const v = modPow(g, u1, p).mul(modPow(y, u2, p)).umod(p).umod(q);
  return v.eq(r) ? true : [E.DSA_BN_LIB];
}
