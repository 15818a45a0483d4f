// Where pako (a port of zlib 1.2.12) is made to produce the bytes of zlib 1.2.3, the zlib
// node 0.10.19 was built with. Each adjustment is a difference measured against the oracle;
// what cannot be adjusted from outside pako is listed in the README ("Differences").
//
// The deflate_state fields read here (status, lookahead, sym_next, head, …) are pako's names for
// zlib's own; pako-lib.d.ts declares them.
import type ZStream from 'pako/lib/zlib/zstream.js';
import pakoDeflate from 'pako/lib/zlib/deflate.js';
import trees from 'pako/lib/zlib/trees.js';
import adler32 from 'pako/lib/zlib/adler32.js';
import { flushes, returnCodes } from './constants';

// deflate_state.status values (zlib 1.2.12's numbering, as pako keeps it).
const INIT_STATE = 42;
const GZIP_STATE = 57;
const FINISH_STATE = 666;
const MIN_MATCH = 3;
const MIN_LOOKAHEAD = 258 + MIN_MATCH + 1;
const STATIC_TREES = 1;

/**
 * windowBits for deflateInit2: 1.2.3 used a 512-byte window for 8 in every mode (zlib 1.2.12
 * still does so for the zlib format, but refuses 8 for raw deflate and gzip).
 */
export function deflateWindowBits(windowBits: number): number {
  return windowBits === 8 ? 9 : windowBits;
}

/**
 * deflateSetDictionary as 1.2.3: a dictionary shorter than MIN_MATCH was not used at all (no
 * FDICT, no DICTID), and of a longer one only the last MAX_DIST bytes (window size minus
 * MIN_LOOKAHEAD, not the whole window) were loaded, while the DICTID still covered all of it;
 * its last two strings were never hashed.
 */
export function setDeflateDictionary(strm: ZStream, dictionary: Uint8Array): number {
  const s = strm.state;
  if (!s) return returnCodes.Z_STREAM_ERROR;
  if (dictionary.length < MIN_MATCH) return returnCodes.Z_OK;
  const wrap = s.wrap;
  const maxDist = s.w_size - MIN_LOOKAHEAD;
  const tail = dictionary.length <= maxDist ? dictionary : dictionary.subarray(dictionary.length - maxDist);
  const err = pakoDeflate.deflateSetDictionary(strm, tail);
  if (err !== returnCodes.Z_OK) return err;
  if (tail !== dictionary && wrap === 1) strm.adler = adler32(1, dictionary, dictionary.length, 0);
  // 1.2.3 left the dictionary's last two strings out of the hash (1.2.12 inserts them, with
  // the first input bytes, when compression starts).
  s.insert = 0;
  return err;
}

function isMarkedFlush(flush: number): boolean {
  return flush === flushes.Z_PARTIAL_FLUSH || flush === flushes.Z_SYNC_FLUSH || flush === flushes.Z_FULL_FLUSH;
}

/**
 * deflate(strm, flush) as zlib 1.2.3 ran it (flush at most Z_FINISH).
 *
 * - 1.2.3's compressors ended every partial, sync or full flush with a block, empty when
 *   nothing was waiting (10 bits, static; a stored block at level 0), before the marker;
 *   1.2.12 skips the empty block. So wherever 1.2.3 reached the end of its input in a flush
 *   with no symbol waiting, the empty block is sent here.
 * - A full flush is given to pako as a sync flush, and the hash is cleared once it is done:
 *   1.2.12 also restarts the window at position 0 (so the first string after the flush can
 *   never be matched), which 1.2.3 did not.
 * - After any flush, the strings that span the flush point stay out of the hash (1.2.12
 *   inserts them when compression resumes).
 *
 * s.last_flush is kept in 1.2.3's terms (a full flush is recorded as one).
 */
export function deflate123(strm: ZStream, flush: number): number {
  const s = strm.state;
  if (!s || !isMarkedFlush(flush)) return pakoDeflate.deflate(strm, flush);

  // The input first, as far as deflate goes without a flush (the same decisions, so the same
  // bits): the flush call then has at most MIN_LOOKAHEAD bytes left to compress.
  if (strm.avail_in !== 0 && s.status !== FINISH_STATE) {
    pakoDeflate.deflate(strm, flushes.Z_NO_FLUSH);
    if (strm.avail_out === 0) {
      s.last_flush = -1;
      return returnCodes.Z_OK;
    }
  }

  let watchEnd = false;
  if (s.status !== FINISH_STATE && nothingWaits(strm)) {
    if (s.status === INIT_STATE || s.status === GZIP_STATE || s.pending !== 0) {
      // 1.2.3 wrote the header and the pending output first, and stopped there if that
      // filled the buffer; no repeated-flush check then.
      pakoDeflate.deflate(strm, flushes.Z_NO_FLUSH);
      if (s.pending !== 0 || strm.avail_out === 0) {
        s.last_flush = -1;
        return returnCodes.Z_OK;
      }
      sendEmptyBlock(s);
    } else if (s.last_flush === -1 || flush > s.last_flush) {
      sendEmptyBlock(s);
    } else {
      // A repeated flush with nothing new: Z_BUF_ERROR, no block, in both.
      return deflateMarked(strm, flush, false);
    }
    if (s.pending >= strm.avail_out) {
      // The empty block filled the buffer: 1.2.3 stopped before the marker (pako's no-flush
      // call writes what fits and says so the same way).
      return pakoDeflate.deflate(strm, flushes.Z_NO_FLUSH);
    }
  } else if (s.level !== 0 && (s.sym_end - s.sym_next) / 3 <= s.lookahead + 1) {
    // The symbol buffer may fill up with the last symbol: the block then goes out from inside
    // the loop, and 1.2.3 added an empty one at the end.
    watchEnd = true;
  }

  return deflateMarked(strm, flush, watchEnd);
}

// pako's deflate for a partial, sync or full flush (a full one given as a sync one, the hash
// cleared once it is done), keeping s.last_flush in 1.2.3's terms.
function deflateMarked(strm: ZStream, flush: number, watchEnd: boolean): number {
  const s = strm.state as DeflateState;
  const full = flush === flushes.Z_FULL_FLUSH;
  // pako compares its sync flush with the last flush; 1.2.3 compared the full one.
  if (full && s.last_flush === flushes.Z_SYNC_FLUSH) s.last_flush = flushes.Z_PARTIAL_FLUSH;
  const pakoFlush = full ? flushes.Z_SYNC_FLUSH : flush;
  const ret = watchEnd ? deflateWatchingEnd(strm, pakoFlush) : pakoDeflate.deflate(strm, pakoFlush);
  if (full && s.last_flush === flushes.Z_SYNC_FLUSH) s.last_flush = flushes.Z_FULL_FLUSH;
  // Output space left: the flush got as far as its marker.
  if (strm.avail_out !== 0 && ret !== returnCodes.Z_BUF_ERROR) {
    s.insert = 0;
    if (full) s.head.fill(0);
  }
  return ret;
}

// deflate() with pako's state behind a proxy that answers the compressor's final "any symbols
// waiting?" with yes when none are: pako then flushes an empty block, exactly as 1.2.3's
// compressor did (including stopping there when that fills the buffer). Only used for the
// last few hundred bytes of a flush (the proxy is slow), and only when the symbol buffer is
// nearly full.
function deflateWatchingEnd(strm: ZStream, flush: number): number {
  const s = strm.state as DeflateState;
  let armed = true;
  const watched = new Proxy(s, {
    get(target, key) {
      if (armed && key === 'sym_next' && target.sym_next === 0 && target.lookahead === 0 && !target.match_available) {
        armed = false;
        return 1;
      }
      return target[key as keyof DeflateState];
    },
  });
  strm.state = watched;
  try {
    return pakoDeflate.deflate(strm, flush);
  } finally {
    strm.state = s;
  }
}

type DeflateState = NonNullable<ZStream['state']>;

// The empty block 1.2.3's compressor flushed: a stored one at level 0, else a static one
// (3 header bits and the 7-bit end-of-block code), its bits left in the bit buffer.
function sendEmptyBlock(s: DeflateState): void {
  if (s.level === 0) {
    trees._tr_stored_block(s, -1, 0, 0);
    return;
  }
  sendBits(s, STATIC_TREES << 1, 3);
  sendBits(s, 0, 7);
}

// zlib's bit writer: bits go into a 16-bit buffer, which is written out two bytes at a time
// when it overflows.
function sendBits(s: DeflateState, value: number, length: number): void {
  if (s.bi_valid > 16 - length) {
    s.bi_buf |= (value << s.bi_valid) & 0xffff;
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.pending_buf[s.pending++] = s.bi_buf >>> 8;
    s.bi_buf = value >>> (16 - s.bi_valid);
    s.bi_valid += length - 16;
  } else {
    s.bi_buf |= (value << s.bi_valid) & 0xffff;
    s.bi_valid += length;
  }
}

// Nothing between the last block and the input's end: no input, no lookahead, no symbol and
// no lazy match waiting, and (level 0, which keeps its data in the window) no stored bytes.
function nothingWaits(strm: ZStream): boolean {
  const s = strm.state as DeflateState;
  if (strm.avail_in !== 0 || s.lookahead !== 0 || s.sym_next !== 0 || s.match_available) return false;
  return s.level !== 0 || s.strstart === s.block_start;
}
