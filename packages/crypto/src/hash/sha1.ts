// SHA-1 (FIPS 180-4 section 6.1) and its withdrawn predecessor SHA-0 ("sha" in OpenSSL, FIPS
// 180), which differs only in the message schedule: no one-bit rotation.
import { BlockHash, putBE } from './block-hash';

// The schedule, shared: blocks() runs to completion before anything else can hash.
const W = new Int32Array(80);

function compress(h: Int32Array, src: Uint8Array, offset: number, count: number, rotate: boolean): void {
  let h0 = h[0];
  let h1 = h[1];
  let h2 = h[2];
  let h3 = h[3];
  let h4 = h[4];
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
  h[0] = h0;
  h[1] = h1;
  h[2] = h2;
  h[3] = h3;
  h[4] = h4;
}

const IV = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

export class Sha1 extends BlockHash {
  readonly size: number = 20;
  readonly blockSize: number = 64;
  protected h: Int32Array;
  constructor(protected readonly rotate: boolean = true) {
    super();
    this.h = Int32Array.from(IV);
  }
  protected blocks(src: Uint8Array, offset: number, count: number): void {
    compress(this.h, src, offset, count, this.rotate);
  }
  protected output(out: Uint8Array, offset: number): void {
    for (let i = 0; i < 5; i++) putBE(out, offset + 4 * i, this.h[i]);
  }
  protected fork(): BlockHash {
    const s = new Sha1(this.rotate);
    s.h.set(this.h);
    return s;
  }
}

/** SHA-0: OpenSSL's "sha". */
export function sha0(): Sha1 {
  return new Sha1(false);
}
