// Steps of zlib 1.2.3's deflate() (0.10's) over a newer, unpatched zlib (the system's, through
// the binding) that produces the same bits: what each call writes out and how much input it
// takes, so a stream's 'data' events split as 0.10's did. Only for Z_NO_FLUSH and Z_FINISH.
//
// The two zlibs make the same bit stream and take input alike (the same window filling); they
// differ in when bytes leave the bit buffer. Both write output only at the end of a block (and
// the header, and the trailer). 1.2.3 wrote its bits in 16-bit units and kept the rest in its
// bit buffer (up to 16 bits, counted from the last byte alignment: the header, or the end of
// a stored block); newer zlibs write out every whole byte when they flush. So, with T the bit
// position at the end of a block and W that of the last alignment, 1.2.3 had written out
// W/8 + 2·floor((T − W − 1)/16) bytes (W/8 when T = W).
//
// The newer zlib is run to one block end at a time (one byte of output room: it stops at the
// first block end, or when it needs input), its pending output drained into a queue; each
// block's 3 header bits are read there to see stored (realigning) and final blocks. A 1.2.3
// step then takes from the queue what 1.2.3 would have written, and stops where 1.2.3 stopped:
// at the first block end that fills the output space, or when the input runs out.
import { flushes, returnCodes } from './constants';
import type { BindingZlib } from './native-handle';

/** What this file needs of the binding's Zlib: writeSync and pending() (deflatePending). */
export interface PendingZlib extends BindingZlib {
  pending(): number[];
}

export class Steps123 {
  private readonly z: PendingZlib;
  private readonly headerBytes: number;
  /** Output the newer zlib has written and 1.2.3 had not yet written out: absolute bytes [given, emitted). */
  private queue = new Uint8Array(4096);
  private given = 0;
  private emitted = 0;
  /** Bytes 1.2.3 had made (written out or pending) by the last block end. */
  private made = 0;
  /** Bit position of the last block end (where the next block starts), and of the last alignment. */
  private blockStart = 0;
  private aligned = 0;
  /** The final block has ended (1.2.3 then made every byte, trailer included, at once). */
  private finalDone = false;
  private readonly one = new Uint8Array(1);
  private scratch = new Uint8Array(4096);

  constructor(z: PendingZlib, headerBytes: number) {
    this.z = z;
    this.headerBytes = headerBytes;
    this.restart();
  }

  /** After deflateReset: a new stream (its header made at the first call, as 1.2.3 did). */
  restart(): void {
    this.given = 0;
    this.emitted = 0;
    this.made = this.headerBytes;
    this.blockStart = this.aligned = 8 * this.headerBytes;
    this.finalDone = false;
  }

  /** Whether 1.2.3 had written out everything it made (no output waiting for room), or not started. */
  idle(): boolean {
    return this.given === this.made || this.emitted === 0;
  }

  /**
   * One deflate() call of 1.2.3: input[inOff, inOff + inLen) into out[outOff, outOff + outLen)
   * with flush (Z_NO_FLUSH or Z_FINISH). Returns [availOut, availIn, code] as writeSync does,
   * and calls took(offset, length) for each piece of input the compressor took.
   */
  step(
    flush: number,
    input: Uint8Array | null,
    inOff: number,
    inLen: number,
    out: Uint8Array,
    outOff: number,
    outLen: number,
    took: (input: Uint8Array, offset: number, length: number) => void,
  ): [number, number, number] {
    let room = outLen;
    let at = outOff;
    let inPos = inOff;
    let inLeft = inLen;
    let code: number = returnCodes.Z_OK;
    const give = (): void => {
      // (The header is made at the first call: 1.2.3's output, once the newer zlib wrote it too.)
      const n = Math.min(this.made, this.emitted) - this.given;
      if (n > room) {
        out.set(this.queue.subarray(0, room), at);
        this.queue.copyWithin(0, room, this.emitted - this.given);
        this.given += room;
        at += room;
        room = 0;
        return;
      }
      if (n <= 0) return;
      out.set(this.queue.subarray(0, n), at);
      this.queue.copyWithin(0, n, this.emitted - this.given);
      this.given += n;
      at += n;
      room -= n;
    };
    // 1.2.3 wrote out what it had made first (the header, the rest of the last block).
    give();
    if (room === 0) return [0, inLeft, code];
    for (;;) {
      if (this.finalDone) {
        // Everything (the end of the final block, the trailer) was made at once.
        this.drain(flush, input, inPos, inLeft, -1);
        this.made = this.emitted;
        give();
        return [room, inLeft, this.given === this.emitted ? returnCodes.Z_STREAM_END : returnCodes.Z_OK];
      }
      // The newer zlib, to its next block end (or until it needs input).
      const r = this.z.writeSync(flush, input, inPos, inLeft, this.one, 0, 1);
      const used = inLeft - (r[1] as number);
      if (used > 0 && input) took(input, inPos, used);
      inPos += used;
      inLeft -= used;
      code = r[2] as number;
      if (r[0] === 0) this.push(this.one, 1);
      this.drain(flush, input, inPos, inLeft, 0);
      const bits = this.z.pending()[1] as number;
      const end = 8 * this.emitted + bits;
      if (end <= this.blockStart) {
        // No block ended: the header only, or it needs input (1.2.3 stopped too).
        give();
        if (room === 0) return [0, inLeft, code];
        if (r[0] === 0) continue;
        return [room, inLeft, code];
      }
      // A block ended: read its header (BFINAL, BTYPE) at blockStart.
      const header = this.bitsAt(this.blockStart, 3);
      const stored = (header >> 1) === 0;
      if (header & 1) {
        // The final block: 1.2.3 aligned (bi_windup) and went on to the trailer.
        this.finalDone = true;
        this.made = Math.ceil(end / 8);
        this.blockStart = this.aligned = end;
        give();
        if (room === 0) return [0, inLeft, returnCodes.Z_OK];
        continue;
      }
      if (stored) this.aligned = end;
      this.blockStart = end;
      this.made = end === this.aligned ? end / 8 : this.aligned / 8 + 2 * Math.floor((end - this.aligned - 1) / 16);
      give();
      if (room === 0) return [0, inLeft, code];
    }
  }

  /**
   * A deflate() call with a partial, sync or full flush, for a stream that has no other way
   * (native-deflate.ts: past the input it keeps for the portable handle). The newer zlib's
   * flush is not 1.2.3's (see native-deflate.ts), so neither are the bytes; the call runs whole
   * into the queue and what it made is handed out as room allows (the rest by later calls).
   */
  flushStep(
    flush: number,
    input: Uint8Array | null,
    inOff: number,
    inLen: number,
    out: Uint8Array,
    outOff: number,
    outLen: number,
    took: (input: Uint8Array, offset: number, length: number) => void,
  ): [number, number, number] {
    let inPos = inOff;
    let inLeft = inLen;
    let code: number = returnCodes.Z_OK;
    // What waits from before goes out first (as 1.2.3 wrote out its pending output first).
    if (this.given < Math.min(this.made, this.emitted)) {
      const r = this.hand(out, outOff, outLen);
      if (r === 0) return [0, inLeft, code];
      outOff += outLen - r;
      outLen = r;
    }
    if (this.given < this.emitted) {
      // Made by the newer zlib but not yet by 1.2.3: the flush writes it all out.
      this.made = this.emitted;
      const r = this.hand(out, outOff, outLen);
      if (r === 0) return [0, inLeft, code];
      outOff += outLen - r;
      outLen = r;
    }
    for (;;) {
      if (this.scratch.length < 65536) this.scratch = new Uint8Array(65536);
      const r = this.z.writeSync(flush, input, inPos, inLeft, this.scratch, 0, this.scratch.length);
      const used = inLeft - (r[1] as number);
      if (used > 0 && input) took(input, inPos, used);
      inPos += used;
      inLeft -= used;
      code = r[2] as number;
      this.push(this.scratch, this.scratch.length - (r[0] as number));
      if (r[0] !== 0) break;
    }
    // Everything made is written out; bits of a partial flush wait in the zlib.
    const bits = this.z.pending()[1] as number;
    this.made = this.emitted;
    this.aligned = 8 * this.emitted;
    this.blockStart = 8 * this.emitted + bits;
    const room = this.hand(out, outOff, outLen);
    return [room, inLeft, code === returnCodes.Z_BUF_ERROR ? returnCodes.Z_OK : code];
  }

  // Hands out made output into out[outOff, outOff + outLen): the room left.
  private hand(out: Uint8Array, outOff: number, outLen: number): number {
    const n = Math.min(Math.min(this.made, this.emitted) - this.given, outLen);
    if (n <= 0) return outLen;
    out.set(this.queue.subarray(0, n), outOff);
    this.queue.copyWithin(0, n, this.emitted - this.given);
    this.given += n;
    return outLen - n;
  }

  // Takes the zlib's pending output into the queue (all of it: limit -1; or what pending() says).
  private drain(flush: number, input: Uint8Array | null, inPos: number, inLeft: number, limit: number): void {
    for (;;) {
      const want = limit < 0 ? Math.max(this.scratch.length, 4096) : (this.z.pending()[0] as number);
      if (want === 0) return;
      if (this.scratch.length < want) this.scratch = new Uint8Array(want);
      // With output pending, deflate() writes it out and returns before taking input.
      const r = this.z.writeSync(flush === flushes.Z_FINISH ? flush : flushes.Z_NO_FLUSH, input, inPos, inLeft, this.scratch, 0, want);
      const n = want - (r[0] as number);
      if (r[1] !== inLeft) throw new Error('zlib took input while writing out');
      this.push(this.scratch, n);
      if (limit >= 0 || n < want) return;
    }
  }

  private push(bytes: Uint8Array, n: number): void {
    const used = this.emitted - this.given;
    if (used + n > this.queue.length) {
      const bigger = new Uint8Array(Math.max(this.queue.length * 2, used + n));
      bigger.set(this.queue.subarray(0, used));
      this.queue = bigger;
    }
    this.queue.set(bytes.subarray(0, n), used);
    this.emitted += n;
  }

  // `count` bits (LSB first, deflate's order) from bit position `pos` of the output.
  private bitsAt(pos: number, count: number): number {
    let v = 0;
    for (let i = 0; i < count; i++) {
      const p = pos + i;
      const byte = this.queue[Math.floor(p / 8) - this.given] as number;
      v |= ((byte >> (p % 8)) & 1) << i;
    }
    return v;
  }
}
