// RIPEMD-160 (Dobbertin, Bosselaers, Preneel, 1996): two parallel lines of five rounds over
// little-endian words, combined at the end of each block. Tables from the specification:
// word order (r, r'), rotation amounts (s, s'), round constants (K, K').
import { BlockHash, putLE } from './block-hash';

const R = Uint8Array.from([
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8, 3, 10, 14,
  4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2, 4, 0, 5, 9, 7, 12, 2,
  10, 14, 1, 3, 8, 11, 6, 15, 13,
]);
const R2 = Uint8Array.from([
  5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2, 15, 5, 1, 3,
  7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14, 12, 15, 10, 4, 1, 5, 8,
  7, 6, 2, 13, 14, 0, 3, 9, 11,
]);
const S = Uint8Array.from([
  11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12, 11, 13,
  6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12, 9, 15, 5, 11,
  6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6,
]);
const S2 = Uint8Array.from([
  8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11, 9, 7, 15,
  11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8, 8, 5, 12, 9, 12,
  5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11,
]);
const K = Int32Array.from([0, 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xa953fd4e]);
const K2 = Int32Array.from([0x50a28be6, 0x5c4dd124, 0x6d703ef3, 0x7a6d76e9, 0]);
const X = new Int32Array(16);

// The five boolean functions, by round j (0..4); the right line uses them in reverse order.
function f(j: number, x: number, y: number, z: number): number {
  switch (j) {
    case 0:
      return x ^ y ^ z;
    case 1:
      return (x & y) | (~x & z);
    case 2:
      return (x | ~y) ^ z;
    case 3:
      return (x & z) | (y & ~z);
    default:
      return x ^ (y | ~z);
  }
}

export class Ripemd160 extends BlockHash {
  readonly size: number = 20;
  readonly blockSize: number = 64;
  // (explicit: a derived class without one spreads `arguments` into super)
  constructor() {
    super();
  }
  protected override get littleEndian(): boolean {
    return true;
  }
  private h = Int32Array.from([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);

  protected blocks(src: Uint8Array, offset: number, count: number): void {
    const h = this.h;
    let p = offset;
    for (let n = 0; n < count; n++) {
      for (let i = 0; i < 16; i++, p += 4) X[i] = src[p] | (src[p + 1] << 8) | (src[p + 2] << 16) | (src[p + 3] << 24);
      let al = h[0];
      let bl = h[1];
      let cl = h[2];
      let dl = h[3];
      let el = h[4];
      let ar = al;
      let br = bl;
      let cr = cl;
      let dr = dl;
      let er = el;
      for (let i = 0; i < 80; i++) {
        const j = (i / 16) | 0;
        let t = (al + f(j, bl, cl, dl) + X[R[i]] + K[j]) | 0;
        let s = S[i];
        t = (((t << s) | (t >>> (32 - s))) + el) | 0;
        al = el;
        el = dl;
        dl = (cl << 10) | (cl >>> 22);
        cl = bl;
        bl = t;
        t = (ar + f(4 - j, br, cr, dr) + X[R2[i]] + K2[j]) | 0;
        s = S2[i];
        t = (((t << s) | (t >>> (32 - s))) + er) | 0;
        ar = er;
        er = dr;
        dr = (cr << 10) | (cr >>> 22);
        cr = br;
        br = t;
      }
      const t = (h[1] + cl + dr) | 0;
      h[1] = (h[2] + dl + er) | 0;
      h[2] = (h[3] + el + ar) | 0;
      h[3] = (h[4] + al + br) | 0;
      h[4] = (h[0] + bl + cr) | 0;
      h[0] = t;
    }
  }

  protected output(out: Uint8Array, offset: number): void {
    for (let i = 0; i < 5; i++) putLE(out, offset + 4 * i, this.h[i]);
  }

  protected chainFrom(s: this): void {
    this.h.set(s.h);
  }

  protected fork(): BlockHash {
    const r = new Ripemd160();
    r.h.set(this.h);
    return r;
  }
}
