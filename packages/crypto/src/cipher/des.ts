// DES (FIPS 46-3), and the compositions OpenSSL offers: two- and three-key triple DES (EDE)
// and DES-X. The permutation tables below are the standard's (bit 1 is the most significant);
// from them this file derives byte-indexed lookup tables for IP and FP, and S-box tables with
// the P permutation folded in, so a round is eight lookups.
import type { BlockCipher } from './block';

const IP = [
  58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4, 62, 54, 46, 38, 30, 22, 14, 6, 64, 56, 48, 40, 32, 24,
  16, 8, 57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11, 3, 61, 53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39,
  31, 23, 15, 7,
];
const P = [16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10, 2, 8, 24, 14, 32, 27, 3, 9, 19, 13, 30, 6, 22, 11, 4, 25];
const PC1 = [
  57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60, 52, 44, 36, 63, 55,
  47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22, 14, 6, 61, 53, 45, 37, 29, 21, 13, 5, 28, 20, 12, 4,
];
const PC2 = [
  14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2, 41, 52, 31, 37, 47, 55, 30,
  40, 51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32,
];
const SHIFTS = [1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1];
const S = [
  '14 4 13 1 2 15 11 8 3 10 6 12 5 9 0 7 0 15 7 4 14 2 13 1 10 6 12 11 9 5 3 8 4 1 14 8 13 6 2 11 15 12 9 7 3 10 5 0 15 12 8 2 4 9 1 7 5 11 3 14 10 0 6 13',
  '15 1 8 14 6 11 3 4 9 7 2 13 12 0 5 10 3 13 4 7 15 2 8 14 12 0 1 10 6 9 11 5 0 14 7 11 10 4 13 1 5 8 12 6 9 3 2 15 13 8 10 1 3 15 4 2 11 6 7 12 0 5 14 9',
  '10 0 9 14 6 3 15 5 1 13 12 7 11 4 2 8 13 7 0 9 3 4 6 10 2 8 5 14 12 11 15 1 13 6 4 9 8 15 3 0 11 1 2 12 5 10 14 7 1 10 13 0 6 9 8 7 4 15 14 3 11 5 2 12',
  '7 13 14 3 0 6 9 10 1 2 8 5 11 12 4 15 13 8 11 5 6 15 0 3 4 7 2 12 1 10 14 9 10 6 9 0 12 11 7 13 15 1 3 14 5 2 8 4 3 15 0 6 10 1 13 8 9 4 5 11 12 7 2 14',
  '2 12 4 1 7 10 11 6 8 5 3 15 13 0 14 9 14 11 2 12 4 7 13 1 5 0 15 10 3 9 8 6 4 2 1 11 10 13 7 8 15 9 12 5 6 3 0 14 11 8 12 7 1 14 2 13 6 15 0 9 10 4 5 3',
  '12 1 10 15 9 2 6 8 0 13 3 4 14 7 5 11 10 15 4 2 7 12 9 5 6 1 13 14 0 11 3 8 9 14 15 5 2 8 12 3 7 0 4 10 1 13 11 6 4 3 2 12 9 5 15 10 11 14 1 7 6 0 8 13',
  '4 11 2 14 15 0 8 13 3 12 9 7 5 10 6 1 13 0 11 7 4 9 1 10 14 3 5 12 2 15 8 6 1 4 11 13 12 3 7 14 10 15 6 8 0 5 9 2 6 11 13 8 1 4 10 7 9 5 0 15 14 2 3 12',
  '13 2 8 4 6 15 11 1 10 9 3 14 5 0 12 7 1 15 13 8 10 3 7 4 12 5 6 11 0 14 9 2 7 11 4 1 9 12 14 2 0 6 10 13 15 3 5 8 2 1 14 7 4 10 8 13 15 12 9 0 3 5 6 11',
].map((row) => row.split(' ').map(Number));

// A 64-bit permutation as 8 tables (one per input byte) of 256 (hi, lo) output pairs.
function permutationTables(table: number[], out: Int32Array): void {
  for (let outBit = 0; outBit < 64; outBit++) {
    const inBit = table[outBit] - 1;
    const byte = inBit >> 3;
    const mask = 0x80 >> (inBit & 7);
    for (let v = 0; v < 256; v++) {
      if (v & mask) {
        const at = (byte * 256 + v) * 2 + (outBit < 32 ? 0 : 1);
        out[at] |= 1 << (31 - (outBit & 31));
      }
    }
  }
}

const IP_T = new Int32Array(8 * 256 * 2);
const FP_T = new Int32Array(8 * 256 * 2);
// SP[i][x]: P applied to S-box i's output for the 6-bit input x, placed at its nibble.
const SP = new Int32Array(8 * 64);

// Filled on the first key schedule: a program that never uses the portable DES (the binding
// does it when present) does not pay for them at require('crypto').
let filled = false;

function fillTables(): void {
  filled = true;
  const FP = new Array<number>(64);
  for (let i = 0; i < 64; i++) FP[IP[i] - 1] = i + 1;
  permutationTables(IP, IP_T);
  permutationTables(FP, FP_T);
  for (let i = 0; i < 8; i++) {
    for (let x = 0; x < 64; x++) {
      // row from the outer bits, column from the inner four
      const v = S[i][(((x >> 4) & 2) | (x & 1)) * 16 + ((x >> 1) & 15)];
      const placed = v << (28 - 4 * i);
      let p = 0;
      for (let j = 0; j < 32; j++) if (placed & (1 << (31 - (P[j] - 1)))) p |= 1 << (31 - j);
      SP[i * 64 + x] = p;
    }
  }
}

function permute(t: Int32Array, hi: number, lo: number, out: Int32Array): void {
  let a = 0;
  let b = 0;
  for (let i = 0; i < 4; i++) {
    const x = (((hi >>> (24 - 8 * i)) & 255) + 256 * i) * 2;
    a |= t[x];
    b |= t[x + 1];
    const y = (((lo >>> (24 - 8 * i)) & 255) + 256 * (i + 4)) * 2;
    a |= t[y];
    b |= t[y + 1];
  }
  out[0] = a;
  out[1] = b;
}

/** The 16 round keys, each as eight 6-bit groups. */
function schedule(key: Uint8Array, offset: number): Uint8Array {
  if (!filled) fillTables();
  const bits = new Uint8Array(56);
  for (let i = 0; i < 56; i++) {
    const b = PC1[i] - 1;
    bits[i] = (key[offset + (b >> 3)] >> (7 - (b & 7))) & 1;
  }
  const ks = new Uint8Array(16 * 8);
  const c = bits.subarray(0, 28);
  const d = bits.subarray(28, 56);
  for (let r = 0; r < 16; r++) {
    for (let s = 0; s < SHIFTS[r]; s++) {
      const c0 = c[0];
      const d0 = d[0];
      c.copyWithin(0, 1);
      d.copyWithin(0, 1);
      c[27] = c0;
      d[27] = d0;
    }
    for (let g = 0; g < 8; g++) {
      let v = 0;
      for (let j = 0; j < 6; j++) v = (v << 1) | bits[PC2[g * 6 + j] - 1];
      ks[r * 8 + g] = v;
    }
  }
  return ks;
}

const TMP = new Int32Array(2);

// The 16 rounds on an IP-permuted block; `ks` in encryption order, `decrypt` walks it backwards.
function rounds(w: Int32Array, ks: Uint8Array, decrypt: boolean): void {
  let l = w[0];
  let r = w[1];
  for (let n = 0; n < 16; n++) {
    const k = (decrypt ? 15 - n : n) * 8;
    // E(R): group g is bits 4g-1 .. 4g+4 of R (1-based, cyclic)
    const f =
      SP[(((r << 31) | (r >>> 1)) >>> 26) ^ ks[k]] ^
      SP[64 + (((r >>> 23) & 63) ^ ks[k + 1])] ^
      SP[128 + (((r >>> 19) & 63) ^ ks[k + 2])] ^
      SP[192 + (((r >>> 15) & 63) ^ ks[k + 3])] ^
      SP[256 + (((r >>> 11) & 63) ^ ks[k + 4])] ^
      SP[320 + (((r >>> 7) & 63) ^ ks[k + 5])] ^
      SP[384 + (((r >>> 3) & 63) ^ ks[k + 6])] ^
      SP[448 + ((((r << 1) | (r >>> 31)) & 63) ^ ks[k + 7])];
    const t = r;
    r = l ^ f;
    l = t;
  }
  // the last round does not swap
  w[0] = r;
  w[1] = l;
}

function desBlock(w: Int32Array, ks: Uint8Array, decrypt: boolean): void {
  permute(IP_T, w[0], w[1], TMP);
  rounds(TMP, ks, decrypt);
  permute(FP_T, TMP[0], TMP[1], w);
}

export class Des implements BlockCipher {
  readonly blockSize = 8;
  private readonly ks: Uint8Array;
  constructor(key: Uint8Array, offset = 0) {
    this.ks = schedule(key, offset);
  }
  encrypt(w: Int32Array): void {
    desBlock(w, this.ks, false);
  }
  decrypt(w: Int32Array): void {
    desBlock(w, this.ks, true);
  }
}

/** Triple DES, encrypt-decrypt-encrypt: a 16-byte key means K3 = K1. */
export class DesEde implements BlockCipher {
  readonly blockSize = 8;
  private readonly k1: Uint8Array;
  private readonly k2: Uint8Array;
  private readonly k3: Uint8Array;
  constructor(key: Uint8Array) {
    this.k1 = schedule(key, 0);
    this.k2 = schedule(key, 8);
    this.k3 = key.length >= 24 ? schedule(key, 16) : this.k1;
  }
  encrypt(w: Int32Array): void {
    permute(IP_T, w[0], w[1], TMP);
    // FP then IP between the three operations cancel out.
    rounds(TMP, this.k1, false);
    rounds(TMP, this.k2, true);
    rounds(TMP, this.k3, false);
    permute(FP_T, TMP[0], TMP[1], w);
  }
  decrypt(w: Int32Array): void {
    permute(IP_T, w[0], w[1], TMP);
    rounds(TMP, this.k3, true);
    rounds(TMP, this.k2, false);
    rounds(TMP, this.k1, true);
    permute(FP_T, TMP[0], TMP[1], w);
  }
}

/** DES-X: the block is XORed with key[8..16) before DES under key[0..8), and with key[16..24) after. */
export class DesX implements BlockCipher {
  readonly blockSize = 8;
  private readonly des: Des;
  private readonly pre: Int32Array;
  private readonly post: Int32Array;
  constructor(key: Uint8Array) {
    this.des = new Des(key, 0);
    const word = (o: number) => (key[o] << 24) | (key[o + 1] << 16) | (key[o + 2] << 8) | key[o + 3];
    this.pre = Int32Array.of(word(8), word(12));
    this.post = Int32Array.of(word(16), word(20));
  }
  encrypt(w: Int32Array): void {
    w[0] ^= this.pre[0];
    w[1] ^= this.pre[1];
    this.des.encrypt(w);
    w[0] ^= this.post[0];
    w[1] ^= this.post[1];
  }
  decrypt(w: Int32Array): void {
    w[0] ^= this.post[0];
    w[1] ^= this.post[1];
    this.des.decrypt(w);
    w[0] ^= this.pre[0];
    w[1] ^= this.pre[1];
  }
}
