// inflate() as zlib 1.2.3 (node 0.10's) answered corrupt data that newer zlibs refuse earlier.
//
// From zlib 1.2.4 on, a dynamic block whose literal/length code has no end-of-block symbol
// (256) fails as soon as its code lengths are read: 'invalid code -- missing end-of-block'.
// 1.2.3 had no such check: it built the literal/length table ('invalid literal/lengths set'
// when the lengths are over-subscribed or incomplete), then the distance table ('invalid
// distances set'), and with both built went on decoding the block (which then fails later,
// or ends with the input). Random corruption mostly hits the first case: 0.10 programs saw
// 'invalid literal/lengths set' where a newer zlib says 'missing end-of-block'.
//
// pako (a port of 1.2.12) keeps its inflate state in plain fields; after its refusal this
// builds the tables as 1.2.3 did and, when both build, lets pako decode on from there.
import pakoInflate from 'pako/lib/zlib/inflate.js';
import inflateTable from 'pako/lib/zlib/inftrees.js';
import type ZStream from 'pako/lib/zlib/zstream.js';
import { returnCodes } from './constants';

// inflate_state.mode values in pako 2 (zlib 1.2.12's modes numbered from 16180).
const MODE_LEN = 16200;
const MODE_BAD = 16209;
// inflate_table's table kinds.
const LENS = 1;
const DISTS = 2;

export const MISSING_EOB = 'invalid code -- missing end-of-block';

/** The inflate_state fields this file reads and sets (pako's names, zlib's own). */
interface InflateState {
  mode: number;
  lens: Uint16Array;
  nlen: number;
  ndist: number;
  lencode: Int32Array;
  distcode: Int32Array;
  distdyn: Int32Array;
  lenbits: number;
  distbits: number;
  work: Uint16Array;
  wbits: number;
  wsize: number;
  whave: number;
  wnext: number;
  window: Uint8Array | null;
}

/**
 * What 1.2.3 made of the code lengths a newer zlib refused for a missing end-of-block: its
 * message when a table does not build, else '' with the tables built (decoding goes on).
 */
function buildTables123(state: InflateState): string {
  let opts = { bits: 9 };
  if (inflateTable(LENS, state.lens, 0, state.nlen, state.lencode, 0, state.work, opts)) {
    return 'invalid literal/lengths set';
  }
  state.lenbits = opts.bits;
  state.distcode = state.distdyn;
  opts = { bits: 6 };
  if (inflateTable(DISTS, state.lens, state.nlen, state.ndist, state.distcode, 0, state.work, opts)) {
    return 'invalid distances set';
  }
  state.distbits = opts.bits;
  return '';
}

/**
 * zlib's updatewindow for the output of a call that ended in its error state before the window
 * existed (zlib keeps no window then): the last `produced` bytes before strm.next_out.
 */
function keepOutput(strm: ZStream, state: InflateState, produced: number): void {
  if (state.wsize !== 0 || produced === 0 || !strm.output) return;
  const size = 1 << state.wbits;
  if (!state.window || state.window.length < size) state.window = new Uint8Array(size);
  state.wsize = size;
  const end = strm.next_out;
  const n = produced < size ? produced : size;
  state.window.set(strm.output.subarray(end - n, end), 0);
  state.whave = n;
  state.wnext = n === size ? 0 : n;
}

/** pako's inflate(strm, flush), answering corrupt dynamic blocks as zlib 1.2.3 did. */
export function inflate123(strm: ZStream, flush: number): number {
  for (;;) {
    const outBefore = strm.avail_out;
    const ret = pakoInflate.inflate(strm, flush);
    const state = strm.state as unknown as InflateState | null;
    if (ret !== returnCodes.Z_DATA_ERROR || strm.msg !== MISSING_EOB || !state || state.mode !== MODE_BAD) return ret;
    const message = buildTables123(state);
    if (message) {
      strm.msg = message;
      return ret;
    }
    keepOutput(strm, state, outBefore - strm.avail_out);
    strm.msg = '';
    state.mode = MODE_LEN;
    // The next call's output goes after this one's: with no room left, report this one's.
    if (strm.avail_out === 0) return returnCodes.Z_OK;
  }
}
