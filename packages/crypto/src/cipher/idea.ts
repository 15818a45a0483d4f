// IDEA (Lai and Massey, 1991): 8.5 rounds over four 16-bit words mixing XOR, addition mod
// 2^16 and multiplication mod 2^16 + 1 (0 standing for 2^16); 52 subkeys taken from the
// 128-bit key rotated left 25 bits at a time; decryption uses the inverses in reverse order.
import type { BlockCipher } from './block';

function mul(a: number, b: number): number {
  // mod 2^16 + 1 with 0 meaning 2^16: (2^16 * b) mod (2^16 + 1) = 1 - b, and so on
  if (a === 0) return (0x10001 - b) & 0xffff;
  if (b === 0) return (0x10001 - a) & 0xffff;
  const p = (a * b) % 0x10001;
  return p & 0xffff;
}

function mulInv(x: number): number {
  if (x <= 1) return x; // 0 (2^16) and 1 are their own inverses
  // extended Euclid modulo 2^16 + 1
  let t0 = 1;
  let t1 = 0;
  let r0 = x;
  let r1 = 0x10001;
  while (r0 !== 1) {
    const q = Math.floor(r1 / r0);
    [r0, r1] = [r1 - q * r0, r0];
    [t0, t1] = [t1 - q * t0, t0];
  }
  return ((t0 % 0x10001) + 0x10001) % 0x10001 & 0xffff;
}

function schedule(key: Uint8Array): Uint16Array {
  const z = new Uint16Array(52);
  // the key as eight 16-bit words, rotated left 25 bits after every eight subkeys
  const k = new Uint16Array(8);
  for (let i = 0; i < 8; i++) k[i] = (key[2 * i] << 8) | key[2 * i + 1];
  for (let n = 0; n < 52; n++) {
    z[n] = k[n % 8];
    if (n % 8 === 7) {
      const r = new Uint16Array(8);
      for (let i = 0; i < 8; i++) r[i] = ((k[(i + 1) % 8] << 9) | (k[(i + 2) % 8] >>> 7)) & 0xffff;
      k.set(r);
    }
  }
  return z;
}

function invert(z: Uint16Array): Uint16Array {
  const d = new Uint16Array(52);
  const neg = (x: number) => (0x10000 - x) & 0xffff;
  for (let r = 0; r < 9; r++) {
    const e = 48 - 6 * r; // this decryption round undoes encryption's subkeys z[e..e+3]
    d[6 * r] = mulInv(z[e]);
    // the middle two additive keys swap places in every round but the first and the last
    d[6 * r + 1] = neg(z[r === 0 || r === 8 ? e + 1 : e + 2]);
    d[6 * r + 2] = neg(z[r === 0 || r === 8 ? e + 2 : e + 1]);
    d[6 * r + 3] = mulInv(z[e + 3]);
    if (r < 8) {
      d[6 * r + 4] = z[e - 2];
      d[6 * r + 5] = z[e - 1];
    }
  }
  return d;
}

function crypt(w: Int32Array, k: Uint16Array): void {
  let x1 = w[0] >>> 16;
  let x2 = w[0] & 0xffff;
  let x3 = w[1] >>> 16;
  let x4 = w[1] & 0xffff;
  for (let r = 0; r < 8; r++) {
    const o = 6 * r;
    x1 = mul(x1, k[o]);
    x2 = (x2 + k[o + 1]) & 0xffff;
    x3 = (x3 + k[o + 2]) & 0xffff;
    x4 = mul(x4, k[o + 3]);
    let t0 = mul(x1 ^ x3, k[o + 4]);
    const t1 = mul((t0 + (x2 ^ x4)) & 0xffff, k[o + 5]);
    t0 = (t0 + t1) & 0xffff;
    x1 ^= t1;
    x4 ^= t0;
    const m = x2 ^ t0;
    x2 = x3 ^ t1;
    x3 = m;
  }
  // the output transformation undoes the last swap of the middle words
  const y1 = mul(x1, k[48]);
  const y2 = (x3 + k[49]) & 0xffff;
  const y3 = (x2 + k[50]) & 0xffff;
  const y4 = mul(x4, k[51]);
  w[0] = (y1 << 16) | y2;
  w[1] = (y3 << 16) | y4;
}

export class Idea implements BlockCipher {
  readonly blockSize = 8;
  private readonly ek: Uint16Array;
  private readonly dk: Uint16Array;
  constructor(key: Uint8Array) {
    this.ek = schedule(key);
    this.dk = invert(this.ek);
  }
  encrypt(w: Int32Array): void {
    crypt(w, this.ek);
  }
  decrypt(w: Int32Array): void {
    crypt(w, this.dk);
  }
}
