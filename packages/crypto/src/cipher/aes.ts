// AES (FIPS 197), with the usual four 32-bit lookup tables per direction. Every table is
// derived here from the algorithm's definition — the S-box from inversion in GF(2^8) and the
// affine map, the tables from MixColumns' coefficients — rather than written out.
import type { BlockCipher } from './block';

const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
const TE0 = new Int32Array(256);
const TE1 = new Int32Array(256);
const TE2 = new Int32Array(256);
const TE3 = new Int32Array(256);
const TD0 = new Int32Array(256);
const TD1 = new Int32Array(256);
const TD2 = new Int32Array(256);
const TD3 = new Int32Array(256);

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1. */
function gmul(a: number, b: number): number {
  let r = 0;
  while (b) {
    if (b & 1) r ^= a;
    a = (a << 1) ^ (a & 0x80 ? 0x11b : 0);
    b >>= 1;
  }
  return r & 0xff;
}

// Filled on the first key schedule: a program that never uses the portable AES (the binding
// does it when present) does not pay for them at require('crypto').
let filled = false;

function fillTables(): void {
  filled = true;
  // Powers of the generator 3 walk every non-zero element, so x^-1 = 3^(255 - log x).
  const exp = new Uint8Array(256);
  const log = new Uint8Array(256);
  for (let i = 0, x = 1; i < 255; i++) {
    exp[i] = x;
    log[x] = i;
    x ^= (x << 1) ^ (x & 0x80 ? 0x11b : 0);
  }
  // S(x) = affine(x^-1), with 0 mapped through the affine map alone.
  for (let x = 0; x < 256; x++) {
    const inv = x ? exp[(255 - log[x]) % 255] : 0;
    let s = inv;
    for (let i = 1; i <= 4; i++) s ^= ((inv << i) | (inv >> (8 - i))) & 0xff;
    s ^= 0x63;
    SBOX[x] = s;
    INV_SBOX[s] = x;
  }
  for (let x = 0; x < 256; x++) {
    const s = SBOX[x];
    const e = (gmul(s, 2) << 24) | (s << 16) | (s << 8) | gmul(s, 3);
    TE0[x] = e;
    TE1[x] = (e >>> 8) | (e << 24);
    TE2[x] = (e >>> 16) | (e << 16);
    TE3[x] = (e >>> 24) | (e << 8);
    const v = INV_SBOX[x];
    const d = (gmul(v, 14) << 24) | (gmul(v, 9) << 16) | (gmul(v, 13) << 8) | gmul(v, 11);
    TD0[x] = d;
    TD1[x] = (d >>> 8) | (d << 24);
    TD2[x] = (d >>> 16) | (d << 16);
    TD3[x] = (d >>> 24) | (d << 8);
  }
}

function subWord(w: number): number {
  return (SBOX[w >>> 24] << 24) | (SBOX[(w >>> 16) & 255] << 16) | (SBOX[(w >>> 8) & 255] << 8) | SBOX[w & 255];
}

export class Aes implements BlockCipher {
  readonly blockSize = 16;
  private readonly rounds: number;
  private readonly ek: Int32Array;
  private readonly dk: Int32Array;

  /** key: 16, 24 or 32 bytes. */
  constructor(key: Uint8Array) {
    if (!filled) fillTables();
    const nk = key.length >> 2;
    const nr = nk + 6;
    this.rounds = nr;
    const total = 4 * (nr + 1);
    const w = new Int32Array(total);
    for (let i = 0; i < nk; i++) w[i] = (key[4 * i] << 24) | (key[4 * i + 1] << 16) | (key[4 * i + 2] << 8) | key[4 * i + 3];
    let rcon = 1;
    for (let i = nk; i < total; i++) {
      let t = w[i - 1];
      if (i % nk === 0) {
        t = subWord((t << 8) | (t >>> 24)) ^ (rcon << 24);
        rcon = gmul(rcon, 2);
      } else if (nk > 6 && i % nk === 4) {
        t = subWord(t);
      }
      w[i] = w[i - nk] ^ t;
    }
    this.ek = w;
    // The equivalent inverse cipher: round keys in reverse, InvMixColumns on the inner ones.
    const d = new Int32Array(total);
    for (let r = 0; r <= nr; r++) {
      for (let c = 0; c < 4; c++) {
        const k = w[4 * (nr - r) + c];
        d[4 * r + c] =
          r === 0 || r === nr
            ? k
            : TD0[SBOX[k >>> 24]] ^ TD1[SBOX[(k >>> 16) & 255]] ^ TD2[SBOX[(k >>> 8) & 255]] ^ TD3[SBOX[k & 255]];
      }
    }
    this.dk = d;
  }

  encrypt(b: Int32Array): void {
    const k = this.ek;
    let s0 = b[0] ^ k[0];
    let s1 = b[1] ^ k[1];
    let s2 = b[2] ^ k[2];
    let s3 = b[3] ^ k[3];
    let i = 4;
    for (let r = 1; r < this.rounds; r++, i += 4) {
      const t0 = TE0[s0 >>> 24] ^ TE1[(s1 >>> 16) & 255] ^ TE2[(s2 >>> 8) & 255] ^ TE3[s3 & 255] ^ k[i];
      const t1 = TE0[s1 >>> 24] ^ TE1[(s2 >>> 16) & 255] ^ TE2[(s3 >>> 8) & 255] ^ TE3[s0 & 255] ^ k[i + 1];
      const t2 = TE0[s2 >>> 24] ^ TE1[(s3 >>> 16) & 255] ^ TE2[(s0 >>> 8) & 255] ^ TE3[s1 & 255] ^ k[i + 2];
      s3 = TE0[s3 >>> 24] ^ TE1[(s0 >>> 16) & 255] ^ TE2[(s1 >>> 8) & 255] ^ TE3[s2 & 255] ^ k[i + 3];
      s0 = t0;
      s1 = t1;
      s2 = t2;
    }
    const S = SBOX;
    b[0] = ((S[s0 >>> 24] << 24) | (S[(s1 >>> 16) & 255] << 16) | (S[(s2 >>> 8) & 255] << 8) | S[s3 & 255]) ^ k[i];
    b[1] = ((S[s1 >>> 24] << 24) | (S[(s2 >>> 16) & 255] << 16) | (S[(s3 >>> 8) & 255] << 8) | S[s0 & 255]) ^ k[i + 1];
    b[2] = ((S[s2 >>> 24] << 24) | (S[(s3 >>> 16) & 255] << 16) | (S[(s0 >>> 8) & 255] << 8) | S[s1 & 255]) ^ k[i + 2];
    b[3] = ((S[s3 >>> 24] << 24) | (S[(s0 >>> 16) & 255] << 16) | (S[(s1 >>> 8) & 255] << 8) | S[s2 & 255]) ^ k[i + 3];
  }

  decrypt(b: Int32Array): void {
    const k = this.dk;
    let s0 = b[0] ^ k[0];
    let s1 = b[1] ^ k[1];
    let s2 = b[2] ^ k[2];
    let s3 = b[3] ^ k[3];
    let i = 4;
    for (let r = 1; r < this.rounds; r++, i += 4) {
      const t0 = TD0[s0 >>> 24] ^ TD1[(s3 >>> 16) & 255] ^ TD2[(s2 >>> 8) & 255] ^ TD3[s1 & 255] ^ k[i];
      const t1 = TD0[s1 >>> 24] ^ TD1[(s0 >>> 16) & 255] ^ TD2[(s3 >>> 8) & 255] ^ TD3[s2 & 255] ^ k[i + 1];
      const t2 = TD0[s2 >>> 24] ^ TD1[(s1 >>> 16) & 255] ^ TD2[(s0 >>> 8) & 255] ^ TD3[s3 & 255] ^ k[i + 2];
      s3 = TD0[s3 >>> 24] ^ TD1[(s2 >>> 16) & 255] ^ TD2[(s1 >>> 8) & 255] ^ TD3[s0 & 255] ^ k[i + 3];
      s0 = t0;
      s1 = t1;
      s2 = t2;
    }
    const S = INV_SBOX;
    b[0] = ((S[s0 >>> 24] << 24) | (S[(s3 >>> 16) & 255] << 16) | (S[(s2 >>> 8) & 255] << 8) | S[s1 & 255]) ^ k[i];
    b[1] = ((S[s1 >>> 24] << 24) | (S[(s0 >>> 16) & 255] << 16) | (S[(s3 >>> 8) & 255] << 8) | S[s2 & 255]) ^ k[i + 1];
    b[2] = ((S[s2 >>> 24] << 24) | (S[(s1 >>> 16) & 255] << 16) | (S[(s0 >>> 8) & 255] << 8) | S[s3 & 255]) ^ k[i + 2];
    b[3] = ((S[s3 >>> 24] << 24) | (S[(s2 >>> 16) & 255] << 16) | (S[(s1 >>> 8) & 255] << 8) | S[s0 & 255]) ^ k[i + 3];
  }
}
