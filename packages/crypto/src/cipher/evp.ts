// OpenSSL's EVP cipher context as node 0.10 drove it, and EVP_BytesToKey for createCipher.
//
// Block modes (ECB, CBC: block size > 1) buffer a partial block; with padding on, decryption
// also holds back the last whole block until final(), which strips and checks PKCS#7 padding
// (every pad byte). Stream modes (CFB, OFB, CTR, RC4: block size 1 to EVP) pass everything
// through and final() gives nothing. Errors carry OpenSSL 1.0.1e's messages, as 0.10 threw them.
// The mode underneath is portable or OpenSSL's (provider.ts): these rules hold for both.
import { slowBuffer, slowCopy, slowWrap } from '../encodings';
import { E, OpenSslFailure } from '../errors';
import type { CipherEngine } from '../provider';
import { hashEngine } from '../provider';
import type { Mode } from './modes';

const fail = (entry: string) => new OpenSslFailure([entry]);

// final() writes at most one block here (final is synchronous: one scratch serves all).
const FINAL = new Uint8Array(16);

export class EvpCipher implements CipherEngine {
  private readonly buf: Uint8Array;
  private bufLen = 0;
  private readonly last: Uint8Array;
  private lastHeld = false;
  private padding = true;

  /** blockSize: the cipher's block for ECB/CBC, 1 for stream modes. */
  constructor(
    private readonly mode: Mode,
    private readonly blockSize: number,
    private readonly decrypt: boolean,
  ) {
    this.buf = new Uint8Array(blockSize);
    this.last = new Uint8Array(blockSize);
  }

  setAutoPadding(on: boolean): void {
    this.padding = on;
  }

  updateLength(inputLength: number): number {
    const bs = this.blockSize;
    if (bs === 1) return inputLength;
    const total = this.bufLen + inputLength;
    const whole = total - (total % bs);
    if (!this.decrypt || !this.padding) return whole;
    if (inputLength === 0) return 0;
    return (this.lastHeld ? bs : 0) + whole - (total % bs === 0 ? bs : 0);
  }

  // EVP_EncryptUpdate: whole blocks out, the rest kept.
  private blocks(input: Uint8Array, start: number, end: number, out: Uint8Array, at: number): number {
    const bs = this.blockSize;
    if (bs === 1) {
      this.mode.process(input, start, end, out, at);
      return end - start;
    }
    let pos = start;
    let o = at;
    if (this.bufLen > 0) {
      const buf = this.buf;
      let fill = this.bufLen;
      while (fill < bs && pos < end) buf[fill++] = input[pos++];
      if (fill < bs) {
        this.bufLen = fill;
        return 0;
      }
      this.mode.process(buf, 0, bs, out, o);
      o += bs;
      this.bufLen = 0;
    }
    const whole = end - pos - ((end - pos) % bs);
    if (whole > 0) {
      this.mode.process(input, pos, pos + whole, out, o);
      o += whole;
      pos += whole;
    }
    while (pos < end) this.buf[this.bufLen++] = input[pos++];
    return o - at;
  }

  /**
   * The output for input[start, end) as a new SlowBuffer. A mode that returns its output as a
   * fresh array (OpenSSL's) gives it whole blocks with no copy when nothing is buffered.
   */
  update(input: Uint8Array, start: number, end: number): Uint8Array {
    const mode = this.mode;
    const len = end - start;
    if (mode.run !== undefined && this.bufLen === 0 && len > 0) {
      const bs = this.blockSize;
      if (bs === 1) return slowWrap(mode.run(input, start, end));
      if (len % bs === 0) {
        if (!this.decrypt || !this.padding) return slowWrap(mode.run(input, start, end));
        if (!this.lastHeld) {
          // the last block is held back for final(), decrypted after the ones before it
          const out = len > bs ? slowWrap(mode.run(input, start, end - bs)) : slowBuffer(0);
          mode.process(input, end - bs, end, this.last, 0);
          this.lastHeld = true;
          return out;
        }
      }
    }
    const out = slowBuffer(this.updateLength(len));
    this.updateInto(input, start, end, out);
    return out;
  }

  /** The last bytes as a new SlowBuffer; throws an OpenSslFailure. */
  final(): Uint8Array {
    const n = this.finalInto(FINAL);
    return slowCopy(FINAL, 0, n);
  }

  /** update() into out (updateLength(end - start) bytes from 0); returns the bytes written. */
  updateInto(input: Uint8Array, start: number, end: number, out: Uint8Array): number {
    const bs = this.blockSize;
    if (!this.decrypt || !this.padding || bs === 1) return this.blocks(input, start, end, out, 0);
    // EVP_DecryptUpdate with padding: emit the block held back last time, then hold back the
    // new last block if the input ends on a block boundary (decrypted straight into `last`).
    if (end === start) return 0;
    let o = 0;
    if (this.lastHeld) {
      out.set(this.last, 0);
      o = bs;
      this.lastHeld = false;
    }
    const total = this.bufLen + (end - start);
    if (total % bs !== 0) return o + this.blocks(input, start, end, out, o);
    this.lastHeld = true;
    if (total === bs) {
      const buf = this.buf;
      for (let p = start; p < end; p++) buf[this.bufLen++] = input[p];
      this.mode.process(buf, 0, bs, this.last, 0);
      this.bufLen = 0;
      return o;
    }
    // total >= 2 blocks: the input's last block-length bytes form the held block exactly
    const n = this.blocks(input, start, end - bs, out, o);
    this.mode.process(input, end - bs, end, this.last, 0);
    return o + n;
  }

  /** final() into out (room for a block); returns the bytes written. */
  finalInto(out: Uint8Array): number {
    const bs = this.blockSize;
    if (bs === 1) return 0;
    if (!this.decrypt) {
      if (!this.padding) {
        if (this.bufLen) throw fail(E.EVP_ENCRYPT_NOT_MULTIPLE);
        return 0;
      }
      const pad = bs - this.bufLen;
      this.buf.fill(pad, this.bufLen);
      this.mode.process(this.buf, 0, bs, out, 0);
      this.bufLen = 0;
      return bs;
    }
    if (!this.padding) {
      if (this.bufLen) throw fail(E.EVP_DECRYPT_NOT_MULTIPLE);
      return 0;
    }
    if (this.bufLen || !this.lastHeld) throw fail(E.EVP_WRONG_FINAL_BLOCK_LENGTH);
    const last = this.last;
    const pad = last[bs - 1];
    if (pad === 0 || pad > bs) throw fail(E.EVP_BAD_DECRYPT);
    for (let i = bs - pad; i < bs; i++) if (last[i] !== pad) throw fail(E.EVP_BAD_DECRYPT);
    out.set(last.subarray(0, bs - pad), 0);
    return bs - pad;
  }
}

/**
 * EVP_BytesToKey with MD5 and one iteration (createCipher's key derivation, without salt; PEM
 * encryption's, salted with the IV's first 8 bytes): D_1 = MD5(password || salt),
 * D_i = MD5(D_{i-1} || password || salt); key then IV taken from D_1 || D_2 || …
 */
export function bytesToKey(password: Uint8Array, keyLength: number, ivLength: number, salt?: Uint8Array): { key: Uint8Array; iv: Uint8Array } {
  const total = keyLength + ivLength;
  const out = new Uint8Array(total + 16);
  let have = 0;
  let prev: Uint8Array | null = null;
  while (have < total) {
    const h = hashEngine('md5');
    if (prev) h.update(prev, 0, prev.length);
    h.update(password, 0, password.length);
    if (salt) h.update(salt, 0, salt.length);
    const d: Uint8Array = new Uint8Array(16);
    h.finish(d, 0);
    out.set(d, have);
    have += 16;
    prev = d;
  }
  return { key: out.slice(0, keyLength), iv: out.slice(keyLength, total) };
}
