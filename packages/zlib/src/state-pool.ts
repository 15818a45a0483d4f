// Finished pako contexts, kept for the next stream of the same shape.
//
// A deflate context holds about 260 KiB of typed arrays (window, hash chains, pending buffer)
// that deflateInit2 allocates and zero-fills; for small inputs that is most of the work (a
// 1 KiB gzip spent a quarter of its time there). zlib defines deflateReset as equivalent to
// deflateEnd followed by deflateInit with the same parameters, so a closed context is reset
// and reused instead, its level, strategy and format set afresh. Inflate contexts likewise
// keep their 32 KiB window. Only a few contexts of each size are kept.
import ZStream from 'pako/lib/zlib/zstream.js';
import pakoDeflate from 'pako/lib/zlib/deflate.js';
import pakoInflate from 'pako/lib/zlib/inflate.js';
import { returnCodes } from './constants';

const Z_DEFLATED = 8;
const KEEP_DEFLATE = 4;
const KEEP_INFLATE = 8;

const deflates = new Map<number, ZStream[]>();
const inflates = new Map<number, ZStream[]>();

// deflateInit2's window bits and memLevel decide the sizes of a context's arrays.
function deflateKey(windowBits: number, memLevel: number): number {
  return (windowBits & 15) * 16 + memLevel;
}

/**
 * deflateInit2(strm, level, Z_DEFLATED, windowBits, memLevel, strategy) with zlib's own hash
 * (legacyHash), on a kept context when there is one. Returns the stream, or the error status.
 */
export function deflateStream(level: number, windowBits: number, memLevel: number, strategy: number): ZStream | number {
  const bits = windowBits < 0 ? -windowBits : windowBits > 15 ? windowBits - 16 : windowBits;
  const kept = deflates.get(deflateKey(bits, memLevel));
  const strm = kept && kept.pop();
  if (strm && strm.state) {
    const s = strm.state as NonNullable<ZStream['state']> & { gzhead: unknown; legacy_hash: number };
    s.wrap = windowBits < 0 ? 0 : windowBits > 15 ? 2 : 1;
    s.gzhead = null;
    s.level = level === -1 ? 6 : level;
    s.strategy = strategy;
    s.legacy_hash = 1;
    strm.msg = '';
    if (pakoDeflate.deflateReset(strm) === returnCodes.Z_OK) return strm;
  }
  const fresh = new ZStream();
  const err = pakoDeflate.deflateInit2(fresh, level, Z_DEFLATED, windowBits, memLevel, strategy, true);
  return err === returnCodes.Z_OK ? fresh : err;
}

/** A finished deflate context: kept for reuse, or ended. */
export function releaseDeflate(strm: ZStream, windowBits: number, memLevel: number): void {
  const key = deflateKey(windowBits, memLevel);
  let kept = deflates.get(key);
  if (!kept) deflates.set(key, (kept = []));
  if (kept.length < KEEP_DEFLATE && strm.state) {
    strm.input = strm.output = null;
    kept.push(strm);
  } else {
    pakoDeflate.deflateEnd(strm);
  }
}

/** inflateInit2(strm, windowBits) on a kept context when there is one. */
export function inflateStream(windowBits: number): ZStream | number {
  const kept = inflates.get(windowBits & 15);
  const strm = kept && kept.pop();
  if (strm && strm.state && pakoInflate.inflateReset2(strm, windowBits) === returnCodes.Z_OK) return strm;
  const fresh = new ZStream();
  const err = pakoInflate.inflateInit2(fresh, windowBits);
  return err === returnCodes.Z_OK ? fresh : err;
}

/** A finished inflate context: kept for reuse, or ended. */
export function releaseInflate(strm: ZStream, windowBits: number): void {
  const key = windowBits & 15;
  let kept = inflates.get(key);
  if (!kept) inflates.set(key, (kept = []));
  if (kept.length < KEEP_INFLATE && strm.state) {
    strm.input = strm.output = null;
    kept.push(strm);
  } else {
    pakoInflate.inflateEnd(strm);
  }
}
