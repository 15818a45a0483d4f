// SHA-256 and SHA-224 (FIPS 180-4 sections 6.2, 6.3). Constants from scripts/constants.mjs
// (the fractional parts of the cube and square roots of the first primes).
import { BlockHash, putBE } from './block-hash';

const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const IV256 = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const IV224 = Int32Array.from([0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]);

const W = new Int32Array(64);

interface State {
  h0: number;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
  h5: number;
  h6: number;
  h7: number;
}

function compress(h: State, src: Uint8Array, offset: number, count: number): void {
  let h0 = h.h0;
  let h1 = h.h1;
  let h2 = h.h2;
  let h3 = h.h3;
  let h4 = h.h4;
  let h5 = h.h5;
  let h6 = h.h6;
  let h7 = h.h7;
  const w = W;
  const k = K;
  let p = offset;
  for (let n = 0; n < count; n++) {
    for (let i = 0; i < 16; i++, p += 4) w[i] = (src[p] << 24) | (src[p + 1] << 16) | (src[p + 2] << 8) | src[p + 3];
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let hh = h7;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + k[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + hh) | 0;
  }
  h.h0 = h0;
  h.h1 = h1;
  h.h2 = h2;
  h.h3 = h3;
  h.h4 = h4;
  h.h5 = h5;
  h.h6 = h6;
  h.h7 = h7;
}

// The state lives in number fields: cheaper to create than a typed array per hash.
export class Sha256 extends BlockHash implements State {
  readonly size: number;
  readonly blockSize: number = 64;
  h0: number;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
  h5: number;
  h6: number;
  h7: number;
  /** `is224` selects SHA-224: its own initial values, output cut to 28 bytes. */
  constructor(protected readonly is224: boolean = false) {
    super();
    this.size = is224 ? 28 : 32;
    const iv = is224 ? IV224 : IV256;
    this.h0 = iv[0];
    this.h1 = iv[1];
    this.h2 = iv[2];
    this.h3 = iv[3];
    this.h4 = iv[4];
    this.h5 = iv[5];
    this.h6 = iv[6];
    this.h7 = iv[7];
  }
  protected blocks(src: Uint8Array, offset: number, count: number): void {
    compress(this, src, offset, count);
  }
  protected output(out: Uint8Array, offset: number): void {
    putBE(out, offset, this.h0);
    putBE(out, offset + 4, this.h1);
    putBE(out, offset + 8, this.h2);
    putBE(out, offset + 12, this.h3);
    putBE(out, offset + 16, this.h4);
    putBE(out, offset + 20, this.h5);
    putBE(out, offset + 24, this.h6);
    if (!this.is224) putBE(out, offset + 28, this.h7);
  }
  protected chainFrom(s: this): void {
    this.h0 = s.h0;
    this.h1 = s.h1;
    this.h2 = s.h2;
    this.h3 = s.h3;
    this.h4 = s.h4;
    this.h5 = s.h5;
    this.h6 = s.h6;
    this.h7 = s.h7;
  }
  protected fork(): BlockHash {
    const s = new Sha256(this.is224);
    s.h0 = this.h0;
    s.h1 = this.h1;
    s.h2 = this.h2;
    s.h3 = this.h3;
    s.h4 = this.h4;
    s.h5 = this.h5;
    s.h6 = this.h6;
    s.h7 = this.h7;
    return s;
  }
}

export function sha224(): Sha256 {
  return new Sha256(true);
}
