// Primality (Miller-Rabin after trial division, with OpenSSL 1.0.1's rounds by size: error
// below 2^-80 for random input) and the safe primes createDiffieHellman(prime_length) generates: p = 2q + 1,
// q prime, p ≡ 11 (mod 24) so that 2 generates the subgroup of order q — what OpenSSL's
// DH_generate_parameters does for generator 2, and what DH_check accepts.
import { BN, fromBytes, randomBits, toBytes } from './bignum';
import { hashEngine, nativeCheckPrime, nativeSafePrime } from './provider';

// The first 2047 odd primes, 3 to 17863 (trial division's divisors and the sieve's), made on first use.
let smallPrimes: number[] | undefined;

function oddSmallPrimes(): number[] {
  if (smallPrimes) return smallPrimes;
  const found: number[] = [];
  for (let n = 3; found.length < 2047; n += 2) {
    let prime = true;
    for (const p of found) {
      if (p * p > n) break;
      if (n % p === 0) {
        prime = false;
        break;
      }
    }
    if (prime) found.push(n);
  }
  return (smallPrimes = found);
}

// BN_prime_checks_for_size
function rounds(bits: number): number {
  if (bits >= 1300) return 2;
  if (bits >= 850) return 3;
  if (bits >= 650) return 4;
  if (bits >= 550) return 5;
  if (bits >= 450) return 6;
  if (bits >= 400) return 7;
  if (bits >= 350) return 8;
  if (bits >= 300) return 9;
  if (bits >= 250) return 12;
  if (bits >= 200) return 15;
  if (bits >= 150) return 18;
  return 27;
}

const TWO = new BN(2);

// Witnesses: 2, then numbers in [2, n - 2] drawn from SHA-256(n || i). Deterministic, so that
// checking a given prime needs no entropy (the n10 runtime may have none); OpenSSL drew them
// at random, which is no stronger against a chosen n at these round counts.
function witness(n: BN, i: number, nm1: BN): BN {
  if (i === 0) return TWO;
  const bytes = toBytes(n);
  const len = bytes.length + 8;
  const out = new Uint8Array(Math.ceil(len / 32) * 32);
  for (let block = 0; block * 32 < len; block++) {
    const h = hashEngine('sha256');
    h.update(bytes, 0, bytes.length);
    h.update(Uint8Array.of(i >>> 24, i >>> 16, i >>> 8, i, block >>> 24, block >>> 16, block >>> 8, block), 0, 8);
    h.finish(out, block * 32);
  }
  return fromBytes(out.subarray(0, len)).umod(nm1.subn(2)).addn(2);
}

function millerRabin(n: BN, count: number): boolean {
  const red = BN.mont(n);
  const one = new BN(1).toRed(red);
  const nm1 = n.subn(1);
  const minusOne = nm1.toRed(red);
  let s = 0;
  while (!nm1.testn(s)) s++;
  const d = nm1.shrn(s);
  for (let i = 0; i < count; i++) {
    const a = witness(n, i, nm1);
    let x = a.toRed(red).redPow(d);
    if (x.eq(one) || x.eq(minusOne)) continue;
    let composite = true;
    for (let j = 1; j < s; j++) {
      x = x.redSqr();
      if (x.eq(minusOne)) {
        composite = false;
        break;
      }
      if (x.eq(one)) break;
    }
    if (composite) return false;
  }
  return true;
}

/** BN_is_prime_ex with trial division. */
export function isProbablePrime(n: BN): boolean {
  if (n.cmpn(2) < 0) return false;
  if (n.cmpn(2) === 0) return true;
  if (n.isEven()) return false;
  const small = n.bitLength() <= 26 ? n.toNumber() : -1;
  for (const p of oddSmallPrimes()) {
    if (small === p) return true;
    if (small >= 0 && p * p > small) return true;
    if (n.modrn(p) === 0) return false;
  }
  return millerRabin(n, rounds(n.bitLength()));
}

/**
 * A random safe prime of exactly `bits` bits with p ≡ 11 (mod 24). Candidates step by 24
 * from a random start, sieved for small factors of both p and (p - 1) / 2 before any
 * Miller-Rabin test.
 */
export function generateSafePrime(bits: number): BN {
  for (;;) {
    let p = randomBits(bits);
    p = p.sub(new BN(p.modrn(24))).addn(11);
    if (p.bitLength() !== bits) continue;
    // Sieving assumes q = (p - 1) / 2 exceeds every small prime; short lengths test directly.
    const sieve = bits > 40;
    const primes = oddSmallPrimes();
    const residues = sieve ? primes.map((sp) => p.modrn(sp)) : [];
    const limit = 1 << 20;
    for (let step = 0; step < limit; step++) {
      const add = 24 * step;
      let ok = true;
      for (let i = 0; i < residues.length; i++) {
        const sp = primes[i];
        const r = (residues[i] + add) % sp;
        // p divisible, or q = (p - 1) / 2 divisible: 2q ≡ p - 1
        if (r === 0 || r === 1) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const candidate = p.addn(add);
      if (candidate.bitLength() !== bits) break;
      const q = candidate.shrn(1);
      if (millerRabin(q, 1) && millerRabin(candidate, 1) && isProbablePrime(q) && isProbablePrime(candidate)) return candidate;
    }
  }
}

/** Primality by OpenSSL's BN_check_prime when the binding is there, else isProbablePrime. */
export function isPrime(n: BN): boolean {
  const native = n.isNeg() ? null : nativeCheckPrime(toBytes(n));
  return native === null ? isProbablePrime(n) : native;
}

/**
 * A safe prime of `bits` bits, p ≡ 11 (mod 24): OpenSSL's BN_generate_prime_ex(safe, add 24,
 * rem 11) — what 0.10's DH_generate_parameters asked for — when the binding is there (and its
 * answer has the length asked for), else generateSafePrime.
 */
export function safePrime(bits: number): BN {
  const native = nativeSafePrime(bits);
  if (native) {
    const p = fromBytes(native);
    if (p.bitLength() === bits && p.modrn(24) === 11) return p;
  }
  return generateSafePrime(bits);
}
