// The MODP groups of RFC 2409 (modp1, modp2) and RFC 3526 (modp5, modp14 … modp18), computed
// from their definition: p = 2^n − 2^(n−64) − 1 + 2^64 · (⌊2^(n−130) · π⌋ + k), generator 2.
// π comes from the same digits Blowfish uses (cipher/blowfish-pi.ts).
import { BN } from './bignum';
import { PI_HEX } from './cipher/blowfish-pi';

const GROUPS: Record<string, [number, number]> = {
  modp1: [768, 149686],
  modp2: [1024, 129093],
  modp5: [1536, 741804],
  modp14: [2048, 124476],
  modp15: [3072, 1690314],
  modp16: [4096, 240904],
  modp17: [6144, 929484],
  modp18: [8192, 4743158],
};

const cache = new Map<string, BN>();

/** ⌊2^m · π⌋: 3 followed by the first m bits of π's fraction. */
function scaledPi(m: number): BN {
  const digits = Math.ceil(m / 4);
  const fraction = new BN(PI_HEX.slice(0, digits), 16).shrn(digits * 4 - m);
  return new BN(3).shln(m).add(fraction);
}

/** The prime of a group by 0.10's name (any case), or undefined. */
export function groupPrime(name: string): BN | undefined {
  const key = name.toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(GROUPS, key)) return undefined;
  let p = cache.get(key);
  if (!p) {
    const [n, k] = GROUPS[key];
    p = new BN(1)
      .shln(n)
      .sub(new BN(1).shln(n - 64))
      .subn(1)
      .add(scaledPi(n - 130).addn(k).shln(64));
    cache.set(key, p);
  }
  return p;
}
