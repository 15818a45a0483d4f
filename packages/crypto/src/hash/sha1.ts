// SHA-1 (FIPS 180-4 section 6.1) and its withdrawn predecessor SHA-0 ("sha" in OpenSSL, FIPS
// 180), which differs only in the message schedule: no one-bit rotation.
import { BlockHash, putBE } from './block-hash';

// The schedule, shared: blocks() runs to completion before anything else can hash.
const W = new Int32Array(80);

interface State {
  h0: number;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
}

function compress(h: State, src: Uint8Array, offset: number, count: number, rotate: boolean): void {
  let h0 = h.h0;
  let h1 = h.h1;
  let h2 = h.h2;
  let h3 = h.h3;
  let h4 = h.h4;
  let p = offset;
  const w = W;
  for (let n = 0; n < count; n++) {
    for (let i = 0; i < 16; i++, p += 4) w[i] = (src[p] << 24) | (src[p + 1] << 16) | (src[p + 2] << 8) | src[p + 3];
    if (rotate) {
      for (let i = 16; i < 80; i++) {
        const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
        w[i] = (x << 1) | (x >>> 31);
      }
    } else {
      for (let i = 16; i < 80; i++) w[i] = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let i = 0;
    for (; i < 20; i++) {
      const t = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + w[i] + 0x5a827999) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    for (; i < 40; i++) {
      const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + w[i] + 0x6ed9eba1) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    for (; i < 60; i++) {
      const t = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e + w[i] - 0x70e44324) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    for (; i < 80; i++) {
      const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + w[i] - 0x359d3e2a) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  h.h0 = h0;
  h.h1 = h1;
  h.h2 = h2;
  h.h3 = h3;
  h.h4 = h4;
}

// The state lives in number fields: cheaper to create than a typed array per hash.
export class Sha1 extends BlockHash implements State {
  readonly size: number = 20;
  readonly blockSize: number = 64;
  h0 = 0x67452301;
  h1 = 0xefcdab89 | 0;
  h2 = 0x98badcfe | 0;
  h3 = 0x10325476;
  h4 = 0xc3d2e1f0 | 0;
  constructor(protected readonly rotate: boolean = true) {
    super();
  }
  protected blocks(src: Uint8Array, offset: number, count: number): void {
    compress(this, src, offset, count, this.rotate);
  }
  protected output(out: Uint8Array, offset: number): void {
    putBE(out, offset, this.h0);
    putBE(out, offset + 4, this.h1);
    putBE(out, offset + 8, this.h2);
    putBE(out, offset + 12, this.h3);
    putBE(out, offset + 16, this.h4);
  }
  protected chainFrom(s: this): void {
    this.h0 = s.h0;
    this.h1 = s.h1;
    this.h2 = s.h2;
    this.h3 = s.h3;
    this.h4 = s.h4;
  }
  protected fork(): BlockHash {
    const s = new Sha1(this.rotate);
    s.h0 = this.h0;
    s.h1 = this.h1;
    s.h2 = this.h2;
    s.h3 = this.h3;
    s.h4 = this.h4;
    return s;
  }
}

/** SHA-0: OpenSSL's "sha". */
export function sha0(): Sha1 {
  return new Sha1(false);
}
