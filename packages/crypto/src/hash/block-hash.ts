// The Merkle–Damgård frame every hash here shares (MD4, MD5, SHA-0/1/2, RIPEMD-160): input
// gathered into blocks, whole blocks compressed straight from the caller's bytes (no copy),
// and at the end the padding: one 0x80 byte, zeros, then the message length in bits in the
// last 8 (or 16, for SHA-384/512) bytes of a block, big- or little-endian by algorithm.

/** A running hash: what Hash, Hmac, pbkdf2 and the signers drive. */
export interface Digest {
  /** Output length in bytes. */
  readonly size: number;
  /** Compression block length in bytes (HMAC pads its key to this). */
  readonly blockSize: number;
  /** Hashes data[start, end). */
  update(data: Uint8Array, start: number, end: number): void;
  /** Finishes and writes `size` bytes at out[offset]. The digest cannot be used afterwards. */
  finish(out: Uint8Array, offset: number): void;
  /** An independent copy of the running state. */
  clone(): Digest;
  /** Makes this digest's state a copy of `source`'s (same algorithm) without allocating. */
  assign?(source: Digest): void;
}

// Padding is built here when an instance never needed a block buffer of its own (whole-block
// updates only): finish() is synchronous, so one scratch block serves every instance.
const scratch = new Uint8Array(128);

export abstract class BlockHash implements Digest {
  abstract readonly size: number;
  abstract readonly blockSize: number;
  /** Bytes of a partial block, allocated on first need. */
  protected buf: Uint8Array | null = null;
  protected bufLen = 0;
  /** Message bytes so far. */
  protected total = 0;

  /** Compresses `count` blocks starting at src[offset]. */
  protected abstract blocks(src: Uint8Array, offset: number, count: number): void;
  /** Writes the state as the digest. */
  protected abstract output(out: Uint8Array, offset: number): void;
  /** A new instance with this one's chaining state (buffer and counters are copied by clone()). */
  protected abstract fork(): BlockHash;
  /** Copies `source`'s chaining state into this instance. */
  protected abstract chainFrom(source: this): void;
  /** Length field: 8 bytes (16 for SHA-384/512). */
  protected get lengthBytes(): number {
    return 8;
  }
  /** True when the length is written little-endian (MD4, MD5, RIPEMD-160). */
  protected get littleEndian(): boolean {
    return false;
  }

  update(data: Uint8Array, start: number, end: number): void {
    const bs = this.blockSize;
    let pos = start;
    this.total += end - start;
    if (this.bufLen > 0) {
      const buf = this.buf as Uint8Array;
      let fill = this.bufLen;
      while (fill < bs && pos < end) buf[fill++] = data[pos++];
      if (fill < bs) {
        this.bufLen = fill;
        return;
      }
      this.blocks(buf, 0, 1);
      this.bufLen = 0;
    }
    const whole = ((end - pos) / bs) | 0;
    if (whole > 0) {
      this.blocks(data, pos, whole);
      pos += whole * bs;
    }
    if (pos < end) {
      const buf = this.buf || (this.buf = new Uint8Array(bs));
      let fill = 0;
      while (pos < end) buf[fill++] = data[pos++];
      this.bufLen = fill;
    }
  }

  finish(out: Uint8Array, offset: number): void {
    const bs = this.blockSize;
    const block = this.buf || scratch;
    let n = this.bufLen;
    block[n++] = 0x80;
    const lenAt = bs - this.lengthBytes;
    if (n > lenAt) {
      block.fill(0, n, bs);
      this.blocks(block, 0, 1);
      n = 0;
    }
    block.fill(0, n, bs);
    // Length in bits: below 2^53 bytes, so the high word is exact as a double quotient.
    const bits = this.total * 8;
    const hi = Math.floor(bits / 0x100000000);
    const lo = bits >>> 0;
    if (this.littleEndian) {
      block[lenAt] = lo;
      block[lenAt + 1] = lo >>> 8;
      block[lenAt + 2] = lo >>> 16;
      block[lenAt + 3] = lo >>> 24;
      block[lenAt + 4] = hi;
      block[lenAt + 5] = hi >>> 8;
      block[lenAt + 6] = hi >>> 16;
      block[lenAt + 7] = hi >>> 24;
    } else {
      block[bs - 8] = hi >>> 24;
      block[bs - 7] = hi >>> 16;
      block[bs - 6] = hi >>> 8;
      block[bs - 5] = hi;
      block[bs - 4] = lo >>> 24;
      block[bs - 3] = lo >>> 16;
      block[bs - 2] = lo >>> 8;
      block[bs - 1] = lo;
    }
    this.blocks(block, 0, 1);
    this.bufLen = 0;
    this.output(out, offset);
  }

  clone(): Digest {
    const copy = this.fork();
    copy.total = this.total;
    copy.bufLen = this.bufLen;
    if (this.buf) copy.buf = this.buf.slice();
    return copy;
  }

  assign(source: Digest): void {
    const src = source as this;
    this.chainFrom(src);
    this.total = src.total;
    this.bufLen = src.bufLen;
    if (src.bufLen) {
      const buf = this.buf || (this.buf = new Uint8Array(this.blockSize));
      buf.set((src.buf as Uint8Array).subarray(0, src.bufLen));
    }
  }
}

/** Writes a 32-bit word big-endian. */
export function putBE(out: Uint8Array, at: number, v: number): void {
  out[at] = v >>> 24;
  out[at + 1] = v >>> 16;
  out[at + 2] = v >>> 8;
  out[at + 3] = v;
}

/** Writes a 32-bit word little-endian. */
export function putLE(out: Uint8Array, at: number, v: number): void {
  out[at] = v;
  out[at + 1] = v >>> 8;
  out[at + 2] = v >>> 16;
  out[at + 3] = v >>> 24;
}
