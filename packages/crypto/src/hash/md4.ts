// MD4 (RFC 1320): three rounds of sixteen steps over little-endian words. Rarely used (0.10
// lists it, and signs with it), so written as loops over the RFC's tables.
import { BlockHash, putLE } from './block-hash';

const ORDER2 = [0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15];
const ORDER3 = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15];
const SHIFT1 = [3, 7, 11, 19];
const SHIFT2 = [3, 5, 9, 13];
const SHIFT3 = [3, 9, 11, 15];
const X = new Int32Array(16);

export class Md4 extends BlockHash {
  readonly size: number = 16;
  readonly blockSize: number = 64;
  // (explicit: a derived class without one spreads `arguments` into super)
  constructor() {
    super();
  }
  protected override get littleEndian(): boolean {
    return true;
  }
  private h = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];

  protected blocks(src: Uint8Array, offset: number, count: number): void {
    const h = this.h;
    let p = offset;
    for (let n = 0; n < count; n++) {
      for (let i = 0; i < 16; i++, p += 4) X[i] = src[p] | (src[p + 1] << 8) | (src[p + 2] << 16) | (src[p + 3] << 24);
      // s[] holds a, b, c, d; step i updates s[(4 - i % 4) % 4] from the next three in turn.
      const s = [h[0], h[1], h[2], h[3]];
      for (let i = 0; i < 48; i++) {
        const ai = (4 - (i & 3)) & 3;
        const b = s[(ai + 1) & 3];
        const c = s[(ai + 2) & 3];
        const d = s[(ai + 3) & 3];
        let t: number;
        let r: number;
        if (i < 16) {
          t = s[ai] + ((b & c) | (~b & d)) + X[i];
          r = SHIFT1[i & 3];
        } else if (i < 32) {
          t = s[ai] + ((b & c) | (b & d) | (c & d)) + X[ORDER2[i - 16]] + 0x5a827999;
          r = SHIFT2[i & 3];
        } else {
          t = s[ai] + (b ^ c ^ d) + X[ORDER3[i - 32]] + 0x6ed9eba1;
          r = SHIFT3[i & 3];
        }
        t |= 0;
        s[ai] = (t << r) | (t >>> (32 - r));
      }
      for (let i = 0; i < 4; i++) h[i] = (h[i] + s[i]) | 0;
    }
  }

  protected output(out: Uint8Array, offset: number): void {
    for (let i = 0; i < 4; i++) putLE(out, offset + 4 * i, this.h[i]);
  }

  protected chainFrom(s: this): void {
    for (let i = 0; i < 4; i++) this.h[i] = s.h[i];
  }

  protected fork(): BlockHash {
    const m = new Md4();
    m.h = this.h.slice();
    return m;
  }
}
