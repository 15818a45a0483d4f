// MDC-2 (ISO/IEC 10118-2, Meyer–Schilling): a 128-bit hash from two DES encryptions per
// 8-byte block. Each half of the state keys DES after its second and third bits are forced
// to 10 (A) and 01 (B); both encrypt the block, each result is XORed with the block, and the
// halves swap their right 32 bits. OpenSSL's variant (0.10's "mdc2"): A and B start as
// 0x52… and 0x25…, and the message is padded with zeros to a whole block (not at all when
// already whole), with no length appended.
import { Des } from '../cipher/des';
import type { Digest } from './block-hash';

export class Mdc2 implements Digest {
  readonly size = 16;
  readonly blockSize = 8;
  private a = Uint8Array.of(0x52, 0x52, 0x52, 0x52, 0x52, 0x52, 0x52, 0x52);
  private b = Uint8Array.of(0x25, 0x25, 0x25, 0x25, 0x25, 0x25, 0x25, 0x25);
  private buf = new Uint8Array(8);
  private bufLen = 0;

  private block(x: Uint8Array, at: number): void {
    const w = Int32Array.of(
      (x[at] << 24) | (x[at + 1] << 16) | (x[at + 2] << 8) | x[at + 3],
      (x[at + 4] << 24) | (x[at + 5] << 16) | (x[at + 6] << 8) | x[at + 7],
    );
    this.a[0] = (this.a[0] & 0x9f) | 0x40;
    this.b[0] = (this.b[0] & 0x9f) | 0x20;
    const v = Int32Array.from(w);
    new Des(this.a).encrypt(v);
    const u = Int32Array.from(w);
    new Des(this.b).encrypt(u);
    v[0] ^= w[0];
    v[1] ^= w[1];
    u[0] ^= w[0];
    u[1] ^= w[1];
    put(this.a, v[0], u[1]);
    put(this.b, u[0], v[1]);
  }

  update(data: Uint8Array, start: number, end: number): void {
    let p = start;
    while (p < end) {
      this.buf[this.bufLen++] = data[p++];
      if (this.bufLen === 8) {
        this.block(this.buf, 0);
        this.bufLen = 0;
      }
    }
  }

  finish(out: Uint8Array, offset: number): void {
    if (this.bufLen > 0) {
      this.buf.fill(0, this.bufLen);
      this.block(this.buf, 0);
      this.bufLen = 0;
    }
    out.set(this.a, offset);
    out.set(this.b, offset + 8);
  }

  clone(): Digest {
    const m = new Mdc2();
    m.a.set(this.a);
    m.b.set(this.b);
    m.buf.set(this.buf);
    m.bufLen = this.bufLen;
    return m;
  }
}

function put(to: Uint8Array, hi: number, lo: number): void {
  to[0] = hi >>> 24;
  to[1] = hi >>> 16;
  to[2] = hi >>> 8;
  to[3] = hi;
  to[4] = lo >>> 24;
  to[5] = lo >>> 16;
  to[6] = lo >>> 8;
  to[7] = lo;
}
