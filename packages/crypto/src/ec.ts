// ECDSA over the named prime curves 0.10's OpenSSL signed with most (P-256, P-384, P-521,
// secp256k1): Jacobian point arithmetic over bn.js reduction contexts. Signatures are DER
// SEQUENCE { r INTEGER, s INTEGER }; as OpenSSL 1.0.1 did, a digest longer than the order is
// cut to its leftmost bits, and k is fresh random for each signature.
import { concat, encodeInteger, Reader, SEQUENCE, tlv } from './asn1';
import { BN, fromBytes, randomRange } from './bignum';

/** A number in a curve field's reduction context. */
type Red = ReturnType<BN['toRed']>;

export interface Curve {
  name: string;
  /** The order of the base point. */
  n: BN;
  /** The field's prime. */
  p: BN;
  /** Field size in bytes. */
  size: number;
  red: ReturnType<typeof BN.red>;
  a: Red;
  b: Red;
  g: Affine;
}

interface Affine {
  x: BN;
  y: BN;
}

// X, Y, Z in the field's Montgomery/reduction form
interface Jacobian {
  x: Red;
  y: Red;
  z: Red;
}

const PARAMS: Array<[string, { name: string; p: string; a: string; b: string; gx: string; gy: string; n: string }]> = [
  ['1.2.840.10045.3.1.7', { name: 'prime256v1', p: 'ffffffff00000001000000000000000000000000ffffffffffffffffffffffff', a: 'ffffffff00000001000000000000000000000000fffffffffffffffffffffffc', b: '5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b', gx: '6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296', gy: '4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5', n: 'ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551' }],
  ['1.3.132.0.34', { name: 'secp384r1', p: 'fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff', a: 'fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc', b: 'b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef', gx: 'aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7', gy: '3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f', n: 'ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973' }],
  ['1.3.132.0.35', { name: 'secp521r1', p: '1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', a: '1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc', b: '51953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00', gx: '00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66', gy: '011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650', n: '1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409' }],
  ['1.3.132.0.10', { name: 'secp256k1', p: 'fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f', a: '0', b: '7', gx: '79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798', gy: '483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8', n: 'fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141' }],
];

// Made on first use (four moduli in bn.js's reduction contexts: not a cost for require('crypto')).
let curves: Map<string, Curve> | undefined;

function makeCurves(): Map<string, Curve> {
  const made = new Map<string, Curve>();
  for (const [oid, c] of PARAMS) {
    const p = new BN(c.p, 16);
    const red = BN.red(p);
    made.set(oid, {
      name: c.name,
      n: new BN(c.n, 16),
      p,
      size: (p.bitLength() + 7) >> 3,
      red,
      a: new BN(c.a, 16).toRed(red),
      b: new BN(c.b, 16).toRed(red),
      g: { x: new BN(c.gx, 16), y: new BN(c.gy, 16) },
    });
  }
  return made;
}

/** The curve a named-curve OID means, or undefined (n10 has no other). */
export function curveByOid(oid: string): Curve | undefined {
  if (!curves) curves = makeCurves();
  return curves.get(oid);
}

function toJacobian(c: Curve, p: Affine): Jacobian {
  return { x: p.x.toRed(c.red), y: p.y.toRed(c.red), z: new BN(1).toRed(c.red) };
}

function double(c: Curve, p: Jacobian | null): Jacobian | null {
  if (!p || p.y.isZero()) return null;
  const xx = p.x.redSqr();
  const yy = p.y.redSqr();
  const yyyy = yy.redSqr();
  const zz = p.z.redSqr();
  const xyy = p.x.redMul(yy);
  const xyy2 = xyy.redAdd(xyy);
  const s = xyy2.redAdd(xyy2);
  const m = xx.redAdd(xx).redIAdd(xx).redIAdd(c.a.redMul(zz.redSqr()));
  const x3 = m.redSqr().redISub(s).redISub(s);
  const y2 = yyyy.redAdd(yyyy);
  const y4 = y2.redAdd(y2);
  const eight = y4.redAdd(y4);
  const y3 = m.redMul(s.redSub(x3)).redISub(eight);
  const yz = p.y.redMul(p.z);
  return { x: x3, y: y3, z: yz.redAdd(yz) };
}

function add(c: Curve, p: Jacobian | null, q: Jacobian | null): Jacobian | null {
  if (!p) return q;
  if (!q) return p;
  const z1z1 = p.z.redSqr();
  const z2z2 = q.z.redSqr();
  const u1 = p.x.redMul(z2z2);
  const u2 = q.x.redMul(z1z1);
  const s1 = p.y.redMul(q.z).redMul(z2z2);
  const s2 = q.y.redMul(p.z).redMul(z1z1);
  const h = u2.redSub(u1);
  const r = s2.redSub(s1);
  if (h.isZero()) return r.isZero() ? double(c, p) : null;
  const hh = h.redSqr();
  const hhh = h.redMul(hh);
  const v = u1.redMul(hh);
  const x3 = r.redSqr().redISub(hhh).redISub(v).redISub(v);
  const y3 = r.redMul(v.redSub(x3)).redISub(s1.redMul(hhh));
  return { x: x3, y: y3, z: p.z.redMul(q.z).redMul(h) };
}

function multiply(c: Curve, p: Affine, k: BN): Jacobian | null {
  const base = toJacobian(c, p);
  let acc: Jacobian | null = null;
  for (let i = k.bitLength() - 1; i >= 0; i--) {
    acc = double(c, acc);
    if (k.testn(i)) acc = add(c, acc, base);
  }
  return acc;
}

function affineX(p: Jacobian): BN {
  const zinv = p.z.redInvm();
  return p.x.redMul(zinv.redSqr()).fromRed();
}

/** Whether (x, y) is a point of the curve. */
export function onCurve(c: Curve, p: Affine): boolean {
  const x = p.x.toRed(c.red);
  const y = p.y.toRed(c.red);
  return y.redSqr().eq(x.redSqr().redMul(x).redIAdd(c.a.redMul(x)).redIAdd(c.b));
}

/** The point with this x and y's parity, or null (every curve here has p ≡ 3 mod 4). */
export function decompress(c: Curve, x: BN, odd: boolean): Affine | null {
  const xr = x.toRed(c.red);
  const rhs = xr.redSqr().redMul(xr).redIAdd(c.a.redMul(xr)).redIAdd(c.b);
  let y = rhs.redSqrt().fromRed();
  if (y.isOdd() !== odd) y = c.p.sub(y);
  const p = { x, y: y.umod(c.p) };
  return onCurve(c, p) ? p : null;
}

/** The public point d·G. */
export function publicPoint(c: Curve, d: BN): Affine | null {
  const q = multiply(c, c.g, d);
  if (!q) return null;
  const zinv = q.z.redInvm();
  const zinv2 = zinv.redSqr();
  return { x: q.x.redMul(zinv2).fromRed(), y: q.y.redMul(zinv2).redMul(zinv).fromRed() };
}

function digestNumber(c: Curve, hash: Uint8Array): BN {
  const e = fromBytes(hash);
  const bits = c.n.bitLength();
  return hash.length * 8 > bits ? e.ushrn(hash.length * 8 - bits) : e;
}

export function ecdsaSign(c: Curve, d: BN, hash: Uint8Array): Uint8Array {
  const e = digestNumber(c, hash);
  const one = new BN(1);
  for (;;) {
    const k = randomRange(one, c.n);
    const point = multiply(c, c.g, k);
    if (!point) continue;
    const r = affineX(point).umod(c.n);
    if (r.isZero()) continue;
    const s = k.invm(c.n).mul(e.add(d.mul(r))).umod(c.n);
    if (s.isZero()) continue;
    return tlv(SEQUENCE, concat([encodeInteger(r), encodeInteger(s)]));
  }
}

export function ecdsaVerify(c: Curve, q: Affine, hash: Uint8Array, signature: Uint8Array): boolean {
  let r: BN;
  let s: BN;
  try {
    const seq = new Reader(signature).enter();
    r = seq.integer();
    s = seq.integer();
  } catch {
    return false;
  }
  if (r.isZero() || s.isZero() || r.gte(c.n) || s.gte(c.n)) return false;
  const w = s.invm(c.n);
  const e = digestNumber(c, hash);
  const u1 = e.mul(w).umod(c.n);
  const u2 = r.mul(w).umod(c.n);
  const point = add(c, multiply(c, c.g, u1), multiply(c, q, u2));
  if (!point) return false;
  return affineX(point).umod(c.n).eq(r);
}
