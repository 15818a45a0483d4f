// bn.js at the package's edges: bytes (big-endian, as OpenSSL's BN_bin2bn/BN_bn2bin) to
// bignums and back, and the randomness bignum code needs.
import BN from 'bn.js';
import { nativeModPow } from './provider';
import { randomFill } from './random';

export { BN };

/** BN_bin2bn: leading zero bytes vanish. */
export function fromBytes(bytes: Uint8Array): BN {
  return new BN(bytes as unknown as number[]);
}

/** BN_bn2bin: the minimal big-endian bytes (none for zero), or left-padded to `length`. */
export function toBytes(n: BN, length?: number): Uint8Array {
  if (length === undefined && n.isZero()) return new Uint8Array(0);
  return Uint8Array.from(n.toArray('be', length));
}

/**
 * base^exponent mod modulus: OpenSSL's BN_mod_exp through the binding when present (for an odd
 * modulus, as every one here is: constant-time in the exponent), else bn.js's Montgomery ladder.
 */
export function modPow(base: BN, exponent: BN, modulus: BN): BN {
  if (modulus.isOdd()) {
    const r = nativeModPow(toBytes(base), toBytes(exponent), toBytes(modulus));
    if (r) return fromBytes(r);
  }
  return base.toRed(BN.mont(modulus)).redPow(exponent).fromRed();
}

/** A uniformly random number of exactly `bits` bits (the top bit set), as BN_rand(bits, 0, 0). */
export function randomBits(bits: number): BN {
  const bytes = new Uint8Array((bits + 7) >> 3);
  randomFill(bytes);
  const extra = bytes.length * 8 - bits;
  bytes[0] &= 0xff >> extra;
  bytes[0] |= 0x80 >> extra;
  return fromBytes(bytes);
}

/** A random number in [low, high). */
export function randomRange(low: BN, high: BN): BN {
  const span = high.sub(low);
  const bits = span.bitLength();
  const bytes = new Uint8Array((bits + 7) >> 3);
  for (;;) {
    randomFill(bytes);
    if (bits & 7) bytes[0] &= 0xff >> (8 - (bits & 7));
    const r = fromBytes(bytes);
    if (r.lt(span)) return r.add(low);
  }
}
