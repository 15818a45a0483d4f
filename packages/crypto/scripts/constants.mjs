#!/usr/bin/env node
// Derives the SHA-2 constants from their definitions in FIPS 180-4 (sections 4.2.2, 4.2.3,
// 5.3): the first 32 or 64 bits of the fractional parts of the square and cube roots of the
// first primes, computed with exact integer roots. Prints them as hex; src/hash/sha256.ts and
// sha512.ts hold the output. Run: node scripts/constants.mjs
const primes = [];
for (let n = 2; primes.length < 80; n++) if (primes.every((p) => n % p)) primes.push(n);

function iroot(x, k) {
  // floor(x^(1/k)) for BigInt x, by Newton's method.
  if (x < 2n) return x;
  let r = 1n << BigInt(Math.ceil(x.toString(2).length / k) + 1);
  for (;;) {
    const next = ((BigInt(k) - 1n) * r + x / r ** BigInt(k - 1)) / BigInt(k);
    if (next >= r) return r;
    r = next;
  }
}
// First `bits` bits of frac(p^(1/k)): floor(p^(1/k) * 2^bits) mod 2^bits.
const frac = (p, k, bits) => (iroot(BigInt(p) << BigInt(bits * k), k) & ((1n << BigInt(bits)) - 1n));
const hex = (v, bits) => v.toString(16).padStart(bits / 4, '0');

console.log('sha256 K:', primes.slice(0, 64).map((p) => '0x' + hex(frac(p, 3, 32), 32)).join(', '));
console.log('sha256 H:', primes.slice(0, 8).map((p) => '0x' + hex(frac(p, 2, 32), 32)).join(', '));
// SHA-224: the second 32 bits of the 64-bit fractional parts for primes 9..16.
console.log('sha224 H:', primes.slice(8, 16).map((p) => '0x' + hex(frac(p, 2, 64) & 0xffffffffn, 32)).join(', '));
console.log('sha512 K:', primes.slice(0, 80).map((p) => hex(frac(p, 3, 64), 64)).join(' '));
console.log('sha512 H:', primes.slice(0, 8).map((p) => hex(frac(p, 2, 64), 64)).join(' '));
console.log('sha384 H:', primes.slice(8, 16).map((p) => hex(frac(p, 2, 64), 64)).join(' '));
