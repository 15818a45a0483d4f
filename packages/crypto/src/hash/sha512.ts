// SHA-512 and SHA-384 (FIPS 180-4 sections 6.4, 6.5) on pairs of 32-bit halves: JavaScript
// has no fast 64-bit integers. Every 64-bit word w is stored as hi = w >> 32, lo = w & 2^32-1
// in adjacent Int32Array slots. Constants from scripts/constants.mjs.
import { BlockHash, putBE } from './block-hash';

function words(hex: string): Int32Array {
  const parts = hex.trim().split(/\s+/);
  const out = new Int32Array(parts.length * 2);
  for (let i = 0; i < parts.length; i++) {
    out[2 * i] = parseInt(parts[i].slice(0, 8), 16) | 0;
    out[2 * i + 1] = parseInt(parts[i].slice(8), 16) | 0;
  }
  return out;
}

const K = words(`
428a2f98d728ae22 7137449123ef65cd b5c0fbcfec4d3b2f e9b5dba58189dbbc 3956c25bf348b538 59f111f1b605d019
923f82a4af194f9b ab1c5ed5da6d8118 d807aa98a3030242 12835b0145706fbe 243185be4ee4b28c 550c7dc3d5ffb4e2
72be5d74f27b896f 80deb1fe3b1696b1 9bdc06a725c71235 c19bf174cf692694 e49b69c19ef14ad2 efbe4786384f25e3
0fc19dc68b8cd5b5 240ca1cc77ac9c65 2de92c6f592b0275 4a7484aa6ea6e483 5cb0a9dcbd41fbd4 76f988da831153b5
983e5152ee66dfab a831c66d2db43210 b00327c898fb213f bf597fc7beef0ee4 c6e00bf33da88fc2 d5a79147930aa725
06ca6351e003826f 142929670a0e6e70 27b70a8546d22ffc 2e1b21385c26c926 4d2c6dfc5ac42aed 53380d139d95b3df
650a73548baf63de 766a0abb3c77b2a8 81c2c92e47edaee6 92722c851482353b a2bfe8a14cf10364 a81a664bbc423001
c24b8b70d0f89791 c76c51a30654be30 d192e819d6ef5218 d69906245565a910 f40e35855771202a 106aa07032bbd1b8
19a4c116b8d2d0c8 1e376c085141ab53 2748774cdf8eeb99 34b0bcb5e19b48a8 391c0cb3c5c95a63 4ed8aa4ae3418acb
5b9cca4f7763e373 682e6ff3d6b2b8a3 748f82ee5defb2fc 78a5636f43172f60 84c87814a1f0ab72 8cc702081a6439ec
90befffa23631e28 a4506cebde82bde9 bef9a3f7b2c67915 c67178f2e372532b ca273eceea26619c d186b8c721c0c207
eada7dd6cde0eb1e f57d4f7fee6ed178 06f067aa72176fba 0a637dc5a2c898a6 113f9804bef90dae 1b710b35131c471b
28db77f523047d84 32caab7b40c72493 3c9ebe0a15c9bebc 431d67c49c100d4c 4cc5d4becb3e42b6 597f299cfc657e2a
5fcb6fab3ad6faec 6c44198c4a475817`);
const IV512 = words(
  '6a09e667f3bcc908 bb67ae8584caa73b 3c6ef372fe94f82b a54ff53a5f1d36f1 510e527fade682d1 9b05688c2b3e6c1f 1f83d9abfb41bd6b 5be0cd19137e2179',
);
const IV384 = words(
  'cbbb9d5dc1059ed8 629a292a367cd507 9159015a3070dd17 152fecd8f70e5939 67332667ffc00b31 8eb44a8768581511 db0c2e0d64f98fa7 47b5481dbefa4fa4',
);

const W = new Int32Array(160);
const TWO32 = 0x100000000;

function compress(h: Int32Array, src: Uint8Array, offset: number, count: number): void {
  const w = W;
  const k = K;
  let p = offset;
  for (let n = 0; n < count; n++) {
    for (let i = 0; i < 32; i++, p += 4) w[i] = (src[p] << 24) | (src[p + 1] << 16) | (src[p + 2] << 8) | src[p + 3];
    for (let i = 32; i < 160; i += 2) {
      // σ0 of w[t-15], σ1 of w[t-2]
      let xh = w[i - 30];
      let xl = w[i - 29];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      xh = w[i - 4];
      xl = w[i - 3];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      const lo = (s1l >>> 0) + (w[i - 13] >>> 0) + (s0l >>> 0) + (w[i - 31] >>> 0);
      w[i] = s1h + w[i - 14] + s0h + w[i - 32] + ((lo / TWO32) | 0);
      w[i + 1] = lo;
    }
    let ah = h[0];
    let al = h[1];
    let bh = h[2];
    let bl = h[3];
    let ch = h[4];
    let cl = h[5];
    let dh = h[6];
    let dl = h[7];
    let eh = h[8];
    let el = h[9];
    let fh = h[10];
    let fl = h[11];
    let gh = h[12];
    let gl = h[13];
    let hh = h[14];
    let hl = h[15];
    for (let i = 0; i < 160; i += 2) {
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      const t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (k[i + 1] >>> 0) + (w[i + 1] >>> 0);
      const t1h = (hh + S1h + chh + k[i] + w[i] + ((t1l / TWO32) | 0)) | 0;
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (S0l >>> 0) + (mjl >>> 0);
      const t2h = S0h + mjh + ((t2l / TWO32) | 0);
      hh = gh;
      hl = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      const el2 = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + ((el2 / TWO32) | 0)) | 0;
      el = el2 | 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      const al2 = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + ((al2 / TWO32) | 0)) | 0;
      al = al2 | 0;
    }
    add(h, 0, ah, al);
    add(h, 2, bh, bl);
    add(h, 4, ch, cl);
    add(h, 6, dh, dl);
    add(h, 8, eh, el);
    add(h, 10, fh, fl);
    add(h, 12, gh, gl);
    add(h, 14, hh, hl);
  }
}

function add(h: Int32Array, i: number, hi: number, lo: number): void {
  const l = (h[i + 1] >>> 0) + (lo >>> 0);
  h[i] = h[i] + hi + ((l / TWO32) | 0);
  h[i + 1] = l;
}

export class Sha512 extends BlockHash {
  readonly size: number;
  readonly blockSize: number = 128;
  protected override get lengthBytes(): number {
    return 16;
  }
  protected h: Int32Array;
  /** `is384` selects SHA-384: its own initial values, output cut to 48 bytes. */
  constructor(protected readonly is384: boolean = false) {
    super();
    this.size = is384 ? 48 : 64;
    this.h = (is384 ? IV384 : IV512).slice();
  }
  protected blocks(src: Uint8Array, offset: number, count: number): void {
    compress(this.h, src, offset, count);
  }
  protected output(out: Uint8Array, offset: number): void {
    const n = this.size >> 2;
    for (let i = 0; i < n; i++) putBE(out, offset + 4 * i, this.h[i]);
  }
  protected chainFrom(s: this): void {
    this.h.set(s.h);
  }
  protected fork(): BlockHash {
    const s = new Sha512(this.is384);
    s.h.set(this.h);
    return s;
  }
}

export function sha384(): Sha512 {
  return new Sha512(true);
}
