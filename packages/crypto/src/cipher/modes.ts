// The modes of operation (NIST SP 800-38A) over any BlockCipher, with OpenSSL's conventions:
// CFB with a full-block segment, CFB-8 and CFB-1, OFB and CTR keep their place in the current
// keystream block between calls (OpenSSL's `num`), and CTR increments the whole block as one
// big-endian counter. ECB and CBC are given whole blocks (cipher/evp.ts buffers the rest).
import type { BlockCipher } from './block';

/** Transforms src[start, end) into out from outPos. */
export interface Mode {
  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void;
  /** The same into a new array of end - start bytes, where that saves a copy (OpenSSL's modes). */
  run?(src: Uint8Array, start: number, end: number): Uint8Array;
}

function load(src: Uint8Array, at: number, w: Int32Array, n: number): void {
  for (let i = 0; i < n; i++, at += 4) w[i] = (src[at] << 24) | (src[at + 1] << 16) | (src[at + 2] << 8) | src[at + 3];
}

function store(w: Int32Array, n: number, out: Uint8Array, at: number): void {
  for (let i = 0; i < n; i++, at += 4) {
    const v = w[i];
    out[at] = v >>> 24;
    out[at + 1] = v >>> 16;
    out[at + 2] = v >>> 8;
    out[at + 3] = v;
  }
}

export class Ecb implements Mode {
  private readonly w: Int32Array;
  constructor(
    private readonly cipher: BlockCipher,
    private readonly decrypt: boolean,
  ) {
    this.w = new Int32Array(cipher.blockSize >> 2);
  }
  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void {
    const c = this.cipher;
    const w = this.w;
    const n = w.length;
    const bs = c.blockSize;
    for (let p = start; p < end; p += bs, outPos += bs) {
      load(src, p, w, n);
      if (this.decrypt) c.decrypt(w);
      else c.encrypt(w);
      store(w, n, out, outPos);
    }
  }
}

export class Cbc implements Mode {
  private readonly w: Int32Array;
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  constructor(
    private readonly cipher: BlockCipher,
    iv: Uint8Array,
    private readonly decrypt: boolean,
  ) {
    const n = cipher.blockSize >> 2;
    this.w = new Int32Array(n);
    this.prev = new Int32Array(n);
    this.next = new Int32Array(n);
    load(iv, 0, this.prev, n);
  }
  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void {
    const c = this.cipher;
    const w = this.w;
    const prev = this.prev;
    const n = w.length;
    const bs = c.blockSize;
    if (!this.decrypt) {
      for (let p = start; p < end; p += bs, outPos += bs) {
        load(src, p, w, n);
        for (let i = 0; i < n; i++) w[i] ^= prev[i];
        c.encrypt(w);
        prev.set(w);
        store(w, n, out, outPos);
      }
      return;
    }
    const next = this.next;
    for (let p = start; p < end; p += bs, outPos += bs) {
      // read the ciphertext block before writing: out may be src
      load(src, p, w, n);
      next.set(w);
      c.decrypt(w);
      for (let i = 0; i < n; i++) w[i] ^= prev[i];
      prev.set(next);
      store(w, n, out, outPos);
    }
  }
}

/** Encrypts the block `bytes` in place. */
function encryptBytes(c: BlockCipher, w: Int32Array, bytes: Uint8Array): void {
  load(bytes, 0, w, w.length);
  c.encrypt(w);
  store(w, w.length, bytes, 0);
}

/** CFB with a segment of one block (OpenSSL's aes-*-cfb, bf-cfb, des-cfb). */
export class Cfb implements Mode {
  private readonly w: Int32Array;
  private readonly iv: Uint8Array;
  private num = 0;
  constructor(
    private readonly cipher: BlockCipher,
    iv: Uint8Array,
    private readonly decrypt: boolean,
  ) {
    this.w = new Int32Array(cipher.blockSize >> 2);
    this.iv = new Uint8Array(iv); // a copy (Buffer#slice would be a view)
  }
  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void {
    const iv = this.iv;
    const bs = this.cipher.blockSize;
    let num = this.num;
    for (let p = start; p < end; p++) {
      if (num === 0) encryptBytes(this.cipher, this.w, iv);
      const x = src[p];
      const y = x ^ iv[num];
      out[outPos++] = y;
      iv[num] = this.decrypt ? x : y;
      num = num + 1 === bs ? 0 : num + 1;
    }
    this.num = num;
  }
}

/** CFB-8: one byte per block encryption, the register shifted a byte at a time. */
export class Cfb8 implements Mode {
  private readonly w: Int32Array;
  private readonly iv: Uint8Array;
  private readonly ks: Uint8Array;
  constructor(
    private readonly cipher: BlockCipher,
    iv: Uint8Array,
    private readonly decrypt: boolean,
  ) {
    this.w = new Int32Array(cipher.blockSize >> 2);
    this.iv = new Uint8Array(iv); // a copy (Buffer#slice would be a view)
    this.ks = new Uint8Array(cipher.blockSize);
  }
  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void {
    const iv = this.iv;
    const ks = this.ks;
    const last = iv.length - 1;
    for (let p = start; p < end; p++) {
      ks.set(iv);
      encryptBytes(this.cipher, this.w, ks);
      const x = src[p];
      const y = x ^ ks[0];
      out[outPos++] = y;
      iv.copyWithin(0, 1);
      iv[last] = this.decrypt ? x : y;
    }
  }
}

/** CFB-1: one bit per block encryption, most significant bit of each byte first. */
export class Cfb1 implements Mode {
  private readonly w: Int32Array;
  private readonly iv: Uint8Array;
  private readonly ks: Uint8Array;
  constructor(
    private readonly cipher: BlockCipher,
    iv: Uint8Array,
    private readonly decrypt: boolean,
  ) {
    this.w = new Int32Array(cipher.blockSize >> 2);
    this.iv = new Uint8Array(iv); // a copy (Buffer#slice would be a view)
    this.ks = new Uint8Array(cipher.blockSize);
  }
  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void {
    const iv = this.iv;
    const ks = this.ks;
    const last = iv.length - 1;
    for (let p = start; p < end; p++) {
      const x = src[p];
      let y = 0;
      for (let bit = 7; bit >= 0; bit--) {
        ks.set(iv);
        encryptBytes(this.cipher, this.w, ks);
        const inBit = (x >> bit) & 1;
        const outBit = inBit ^ (ks[0] >> 7);
        y |= outBit << bit;
        // shift the register left one bit, feeding in the ciphertext bit
        for (let i = 0; i < last; i++) iv[i] = ((iv[i] << 1) | (iv[i + 1] >> 7)) & 255;
        iv[last] = ((iv[last] << 1) | (this.decrypt ? inBit : outBit)) & 255;
      }
      out[outPos++] = y;
    }
  }
}

export class Ofb implements Mode {
  private readonly w: Int32Array;
  private readonly iv: Uint8Array;
  private num = 0;
  constructor(
    private readonly cipher: BlockCipher,
    iv: Uint8Array,
  ) {
    this.w = new Int32Array(cipher.blockSize >> 2);
    this.iv = new Uint8Array(iv); // a copy (Buffer#slice would be a view)
  }
  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void {
    const iv = this.iv;
    const bs = this.cipher.blockSize;
    let num = this.num;
    for (let p = start; p < end; p++) {
      if (num === 0) encryptBytes(this.cipher, this.w, iv);
      out[outPos++] = src[p] ^ iv[num];
      num = num + 1 === bs ? 0 : num + 1;
    }
    this.num = num;
  }
}

export class Ctr implements Mode {
  private readonly w: Int32Array;
  private readonly ctr: Int32Array;
  private readonly ks: Uint8Array;
  private num = 0;
  constructor(
    private readonly cipher: BlockCipher,
    iv: Uint8Array,
  ) {
    const n = cipher.blockSize >> 2;
    this.w = new Int32Array(n);
    this.ctr = new Int32Array(n);
    load(iv, 0, this.ctr, n);
    this.ks = new Uint8Array(cipher.blockSize);
  }
  // The next keystream block into w; the counter (big-endian words) incremented.
  private next(): void {
    const ctr = this.ctr;
    this.w.set(ctr);
    this.cipher.encrypt(this.w);
    for (let i = ctr.length - 1; i >= 0; i--) if ((ctr[i] = (ctr[i] + 1) | 0) !== 0) break;
  }
  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void {
    const ks = this.ks;
    const w = this.w;
    const bs = this.cipher.blockSize;
    let num = this.num;
    let p = start;
    // finish a keystream block begun by the last call
    while (num !== 0 && p < end) {
      out[outPos++] = src[p++] ^ ks[num];
      num = num + 1 === bs ? 0 : num + 1;
    }
    // whole blocks: XOR the keystream words straight in
    const n = w.length;
    while (end - p >= bs) {
      this.next();
      for (let i = 0; i < n; i++, p += 4, outPos += 4) {
        const k = w[i];
        out[outPos] = src[p] ^ (k >>> 24);
        out[outPos + 1] = src[p + 1] ^ (k >>> 16);
        out[outPos + 2] = src[p + 2] ^ (k >>> 8);
        out[outPos + 3] = src[p + 3] ^ k;
      }
    }
    if (p < end) {
      this.next();
      store(w, n, ks, 0);
      while (p < end) out[outPos++] = src[p++] ^ ks[num++];
    }
    this.num = num;
  }
}
