// MD5 (RFC 1321): four rounds of sixteen steps over little-endian words. The steps are
// unrolled (generated from the RFC's tables: shift amounts, message order and
// T[i] = floor(2^32 * |sin(i + 1)|)); a loop over tables is about twice as slow in V8.
import { BlockHash, putLE } from './block-hash';

export class Md5 extends BlockHash {
  readonly size: number = 16;
  readonly blockSize: number = 64;
  // (explicit: a derived class without one spreads `arguments` into super)
  constructor() {
    super();
  }
  protected override get littleEndian(): boolean {
    return true;
  }
  private a = 0x67452301;
  private b = 0xefcdab89 | 0;
  private c = 0x98badcfe | 0;
  private d = 0x10325476;

  protected blocks(src: Uint8Array, offset: number, count: number): void {
    let a = this.a;
    let b = this.b;
    let c = this.c;
    let d = this.d;
    let p = offset;
    for (let n = 0; n < count; n++) {
      const x0 = src[p] | (src[p + 1] << 8) | (src[p + 2] << 16) | (src[p + 3] << 24);
      const x1 = src[p + 4] | (src[p + 5] << 8) | (src[p + 6] << 16) | (src[p + 7] << 24);
      const x2 = src[p + 8] | (src[p + 9] << 8) | (src[p + 10] << 16) | (src[p + 11] << 24);
      const x3 = src[p + 12] | (src[p + 13] << 8) | (src[p + 14] << 16) | (src[p + 15] << 24);
      const x4 = src[p + 16] | (src[p + 17] << 8) | (src[p + 18] << 16) | (src[p + 19] << 24);
      const x5 = src[p + 20] | (src[p + 21] << 8) | (src[p + 22] << 16) | (src[p + 23] << 24);
      const x6 = src[p + 24] | (src[p + 25] << 8) | (src[p + 26] << 16) | (src[p + 27] << 24);
      const x7 = src[p + 28] | (src[p + 29] << 8) | (src[p + 30] << 16) | (src[p + 31] << 24);
      const x8 = src[p + 32] | (src[p + 33] << 8) | (src[p + 34] << 16) | (src[p + 35] << 24);
      const x9 = src[p + 36] | (src[p + 37] << 8) | (src[p + 38] << 16) | (src[p + 39] << 24);
      const x10 = src[p + 40] | (src[p + 41] << 8) | (src[p + 42] << 16) | (src[p + 43] << 24);
      const x11 = src[p + 44] | (src[p + 45] << 8) | (src[p + 46] << 16) | (src[p + 47] << 24);
      const x12 = src[p + 48] | (src[p + 49] << 8) | (src[p + 50] << 16) | (src[p + 51] << 24);
      const x13 = src[p + 52] | (src[p + 53] << 8) | (src[p + 54] << 16) | (src[p + 55] << 24);
      const x14 = src[p + 56] | (src[p + 57] << 8) | (src[p + 58] << 16) | (src[p + 59] << 24);
      const x15 = src[p + 60] | (src[p + 61] << 8) | (src[p + 62] << 16) | (src[p + 63] << 24);
      p += 64;
      const a0 = a;
      const b0 = b;
      const c0 = c;
      const d0 = d;
      a = (a + ((b & c) | (~b & d)) + x0 + 0xd76aa478) | 0;
      a = (((a << 7) | (a >>> 25)) + b) | 0;
      d = (d + ((a & b) | (~a & c)) + x1 + 0xe8c7b756) | 0;
      d = (((d << 12) | (d >>> 20)) + a) | 0;
      c = (c + ((d & a) | (~d & b)) + x2 + 0x242070db) | 0;
      c = (((c << 17) | (c >>> 15)) + d) | 0;
      b = (b + ((c & d) | (~c & a)) + x3 + 0xc1bdceee) | 0;
      b = (((b << 22) | (b >>> 10)) + c) | 0;
      a = (a + ((b & c) | (~b & d)) + x4 + 0xf57c0faf) | 0;
      a = (((a << 7) | (a >>> 25)) + b) | 0;
      d = (d + ((a & b) | (~a & c)) + x5 + 0x4787c62a) | 0;
      d = (((d << 12) | (d >>> 20)) + a) | 0;
      c = (c + ((d & a) | (~d & b)) + x6 + 0xa8304613) | 0;
      c = (((c << 17) | (c >>> 15)) + d) | 0;
      b = (b + ((c & d) | (~c & a)) + x7 + 0xfd469501) | 0;
      b = (((b << 22) | (b >>> 10)) + c) | 0;
      a = (a + ((b & c) | (~b & d)) + x8 + 0x698098d8) | 0;
      a = (((a << 7) | (a >>> 25)) + b) | 0;
      d = (d + ((a & b) | (~a & c)) + x9 + 0x8b44f7af) | 0;
      d = (((d << 12) | (d >>> 20)) + a) | 0;
      c = (c + ((d & a) | (~d & b)) + x10 + 0xffff5bb1) | 0;
      c = (((c << 17) | (c >>> 15)) + d) | 0;
      b = (b + ((c & d) | (~c & a)) + x11 + 0x895cd7be) | 0;
      b = (((b << 22) | (b >>> 10)) + c) | 0;
      a = (a + ((b & c) | (~b & d)) + x12 + 0x6b901122) | 0;
      a = (((a << 7) | (a >>> 25)) + b) | 0;
      d = (d + ((a & b) | (~a & c)) + x13 + 0xfd987193) | 0;
      d = (((d << 12) | (d >>> 20)) + a) | 0;
      c = (c + ((d & a) | (~d & b)) + x14 + 0xa679438e) | 0;
      c = (((c << 17) | (c >>> 15)) + d) | 0;
      b = (b + ((c & d) | (~c & a)) + x15 + 0x49b40821) | 0;
      b = (((b << 22) | (b >>> 10)) + c) | 0;
      a = (a + ((b & d) | (c & ~d)) + x1 + 0xf61e2562) | 0;
      a = (((a << 5) | (a >>> 27)) + b) | 0;
      d = (d + ((a & c) | (b & ~c)) + x6 + 0xc040b340) | 0;
      d = (((d << 9) | (d >>> 23)) + a) | 0;
      c = (c + ((d & b) | (a & ~b)) + x11 + 0x265e5a51) | 0;
      c = (((c << 14) | (c >>> 18)) + d) | 0;
      b = (b + ((c & a) | (d & ~a)) + x0 + 0xe9b6c7aa) | 0;
      b = (((b << 20) | (b >>> 12)) + c) | 0;
      a = (a + ((b & d) | (c & ~d)) + x5 + 0xd62f105d) | 0;
      a = (((a << 5) | (a >>> 27)) + b) | 0;
      d = (d + ((a & c) | (b & ~c)) + x10 + 0x02441453) | 0;
      d = (((d << 9) | (d >>> 23)) + a) | 0;
      c = (c + ((d & b) | (a & ~b)) + x15 + 0xd8a1e681) | 0;
      c = (((c << 14) | (c >>> 18)) + d) | 0;
      b = (b + ((c & a) | (d & ~a)) + x4 + 0xe7d3fbc8) | 0;
      b = (((b << 20) | (b >>> 12)) + c) | 0;
      a = (a + ((b & d) | (c & ~d)) + x9 + 0x21e1cde6) | 0;
      a = (((a << 5) | (a >>> 27)) + b) | 0;
      d = (d + ((a & c) | (b & ~c)) + x14 + 0xc33707d6) | 0;
      d = (((d << 9) | (d >>> 23)) + a) | 0;
      c = (c + ((d & b) | (a & ~b)) + x3 + 0xf4d50d87) | 0;
      c = (((c << 14) | (c >>> 18)) + d) | 0;
      b = (b + ((c & a) | (d & ~a)) + x8 + 0x455a14ed) | 0;
      b = (((b << 20) | (b >>> 12)) + c) | 0;
      a = (a + ((b & d) | (c & ~d)) + x13 + 0xa9e3e905) | 0;
      a = (((a << 5) | (a >>> 27)) + b) | 0;
      d = (d + ((a & c) | (b & ~c)) + x2 + 0xfcefa3f8) | 0;
      d = (((d << 9) | (d >>> 23)) + a) | 0;
      c = (c + ((d & b) | (a & ~b)) + x7 + 0x676f02d9) | 0;
      c = (((c << 14) | (c >>> 18)) + d) | 0;
      b = (b + ((c & a) | (d & ~a)) + x12 + 0x8d2a4c8a) | 0;
      b = (((b << 20) | (b >>> 12)) + c) | 0;
      a = (a + (b ^ c ^ d) + x5 + 0xfffa3942) | 0;
      a = (((a << 4) | (a >>> 28)) + b) | 0;
      d = (d + (a ^ b ^ c) + x8 + 0x8771f681) | 0;
      d = (((d << 11) | (d >>> 21)) + a) | 0;
      c = (c + (d ^ a ^ b) + x11 + 0x6d9d6122) | 0;
      c = (((c << 16) | (c >>> 16)) + d) | 0;
      b = (b + (c ^ d ^ a) + x14 + 0xfde5380c) | 0;
      b = (((b << 23) | (b >>> 9)) + c) | 0;
      a = (a + (b ^ c ^ d) + x1 + 0xa4beea44) | 0;
      a = (((a << 4) | (a >>> 28)) + b) | 0;
      d = (d + (a ^ b ^ c) + x4 + 0x4bdecfa9) | 0;
      d = (((d << 11) | (d >>> 21)) + a) | 0;
      c = (c + (d ^ a ^ b) + x7 + 0xf6bb4b60) | 0;
      c = (((c << 16) | (c >>> 16)) + d) | 0;
      b = (b + (c ^ d ^ a) + x10 + 0xbebfbc70) | 0;
      b = (((b << 23) | (b >>> 9)) + c) | 0;
      a = (a + (b ^ c ^ d) + x13 + 0x289b7ec6) | 0;
      a = (((a << 4) | (a >>> 28)) + b) | 0;
      d = (d + (a ^ b ^ c) + x0 + 0xeaa127fa) | 0;
      d = (((d << 11) | (d >>> 21)) + a) | 0;
      c = (c + (d ^ a ^ b) + x3 + 0xd4ef3085) | 0;
      c = (((c << 16) | (c >>> 16)) + d) | 0;
      b = (b + (c ^ d ^ a) + x6 + 0x04881d05) | 0;
      b = (((b << 23) | (b >>> 9)) + c) | 0;
      a = (a + (b ^ c ^ d) + x9 + 0xd9d4d039) | 0;
      a = (((a << 4) | (a >>> 28)) + b) | 0;
      d = (d + (a ^ b ^ c) + x12 + 0xe6db99e5) | 0;
      d = (((d << 11) | (d >>> 21)) + a) | 0;
      c = (c + (d ^ a ^ b) + x15 + 0x1fa27cf8) | 0;
      c = (((c << 16) | (c >>> 16)) + d) | 0;
      b = (b + (c ^ d ^ a) + x2 + 0xc4ac5665) | 0;
      b = (((b << 23) | (b >>> 9)) + c) | 0;
      a = (a + (c ^ (b | ~d)) + x0 + 0xf4292244) | 0;
      a = (((a << 6) | (a >>> 26)) + b) | 0;
      d = (d + (b ^ (a | ~c)) + x7 + 0x432aff97) | 0;
      d = (((d << 10) | (d >>> 22)) + a) | 0;
      c = (c + (a ^ (d | ~b)) + x14 + 0xab9423a7) | 0;
      c = (((c << 15) | (c >>> 17)) + d) | 0;
      b = (b + (d ^ (c | ~a)) + x5 + 0xfc93a039) | 0;
      b = (((b << 21) | (b >>> 11)) + c) | 0;
      a = (a + (c ^ (b | ~d)) + x12 + 0x655b59c3) | 0;
      a = (((a << 6) | (a >>> 26)) + b) | 0;
      d = (d + (b ^ (a | ~c)) + x3 + 0x8f0ccc92) | 0;
      d = (((d << 10) | (d >>> 22)) + a) | 0;
      c = (c + (a ^ (d | ~b)) + x10 + 0xffeff47d) | 0;
      c = (((c << 15) | (c >>> 17)) + d) | 0;
      b = (b + (d ^ (c | ~a)) + x1 + 0x85845dd1) | 0;
      b = (((b << 21) | (b >>> 11)) + c) | 0;
      a = (a + (c ^ (b | ~d)) + x8 + 0x6fa87e4f) | 0;
      a = (((a << 6) | (a >>> 26)) + b) | 0;
      d = (d + (b ^ (a | ~c)) + x15 + 0xfe2ce6e0) | 0;
      d = (((d << 10) | (d >>> 22)) + a) | 0;
      c = (c + (a ^ (d | ~b)) + x6 + 0xa3014314) | 0;
      c = (((c << 15) | (c >>> 17)) + d) | 0;
      b = (b + (d ^ (c | ~a)) + x13 + 0x4e0811a1) | 0;
      b = (((b << 21) | (b >>> 11)) + c) | 0;
      a = (a + (c ^ (b | ~d)) + x4 + 0xf7537e82) | 0;
      a = (((a << 6) | (a >>> 26)) + b) | 0;
      d = (d + (b ^ (a | ~c)) + x11 + 0xbd3af235) | 0;
      d = (((d << 10) | (d >>> 22)) + a) | 0;
      c = (c + (a ^ (d | ~b)) + x2 + 0x2ad7d2bb) | 0;
      c = (((c << 15) | (c >>> 17)) + d) | 0;
      b = (b + (d ^ (c | ~a)) + x9 + 0xeb86d391) | 0;
      b = (((b << 21) | (b >>> 11)) + c) | 0;
      a = (a + a0) | 0;
      b = (b + b0) | 0;
      c = (c + c0) | 0;
      d = (d + d0) | 0;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  protected output(out: Uint8Array, offset: number): void {
    putLE(out, offset, this.a);
    putLE(out, offset + 4, this.b);
    putLE(out, offset + 8, this.c);
    putLE(out, offset + 12, this.d);
  }

  protected chainFrom(s: this): void {
    this.a = s.a;
    this.b = s.b;
    this.c = s.c;
    this.d = s.d;
  }

  protected fork(): BlockHash {
    const h = new Md5();
    h.a = this.a;
    h.b = this.b;
    h.c = this.c;
    h.d = this.d;
    return h;
  }
}
