// The options every zlib class takes, and 0.10's checks of them.
//
// 0.10 checked only truthy values, with JavaScript's loose comparisons, and passed the rest on
// (`level: '5'` is no error and means the default level; `windowBits: '9'` reaches the handle,
// which reads it as the int32 9). The messages are 0.10's.
import bufferModule from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';
import type { TransformOptions } from '@n10/stream';
import { flushes, limits, tuning } from './constants';
import { sited } from './throw-sites';

/** The options of createGzip([options]) and the others (see the manual's "Options"). */
export interface ZlibOptions extends TransformOptions {
  /** The flush value of every write (default zlib.Z_NO_FLUSH). */
  flush?: number;
  /** Output buffer size (default 16 KiB, at least 64). */
  chunkSize?: number;
  /** log2 of the window size, 8..15 (default 15). */
  windowBits?: number;
  /** Compression level, -1..9 (compression only; default zlib.Z_DEFAULT_COMPRESSION). */
  level?: number;
  /** Memory for the compression state, 1..9 (compression only; default 8). */
  memLevel?: number;
  /** zlib.Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED or Z_DEFAULT_STRATEGY (compression only). */
  strategy?: number;
  /** Preset dictionary (deflate/inflate only). */
  dictionary?: BufferInstance;
}

// What programs may actually pass: anything.
type Loose = Record<string, unknown>;

/** Throws 0.10's Error for the first bad option, in 0.10's order. */
export function checkOptions(opts: ZlibOptions): void {
  const o = opts as Loose;
  if (o.flush) {
    const f = o.flush;
    if (
      f !== flushes.Z_NO_FLUSH &&
      f !== flushes.Z_PARTIAL_FLUSH &&
      f !== flushes.Z_SYNC_FLUSH &&
      f !== flushes.Z_FULL_FLUSH &&
      f !== flushes.Z_FINISH &&
      f !== flushes.Z_BLOCK
    ) {
      throw sited(new Error('Invalid flush flag: ' + (f as string)), 236, "      throw new Error('Invalid flush flag: ' + opts.flush);");
    }
  }
  if (o.chunkSize) {
    const n = o.chunkSize as number;
    if (n < limits.Z_MIN_CHUNK || n > limits.Z_MAX_CHUNK) throw sited(new Error('Invalid chunk size: ' + (n as unknown as string)), 244, "      throw new Error('Invalid chunk size: ' + opts.chunkSize);");
  }
  if (o.windowBits) {
    const n = o.windowBits as number;
    if (n < limits.Z_MIN_WINDOWBITS || n > limits.Z_MAX_WINDOWBITS) throw sited(new Error('Invalid windowBits: ' + (n as unknown as string)), 251, "      throw new Error('Invalid windowBits: ' + opts.windowBits);");
  }
  if (o.level) {
    const n = o.level as number;
    if (n < limits.Z_MIN_LEVEL || n > limits.Z_MAX_LEVEL) throw sited(new Error('Invalid compression level: ' + (n as unknown as string)), 258, "      throw new Error('Invalid compression level: ' + opts.level);");
  }
  if (o.memLevel) {
    const n = o.memLevel as number;
    if (n < limits.Z_MIN_MEMLEVEL || n > limits.Z_MAX_MEMLEVEL) throw sited(new Error('Invalid memLevel: ' + (n as unknown as string)), 265, "      throw new Error('Invalid memLevel: ' + opts.memLevel);");
  }
  if (o.strategy) {
    const n = o.strategy as number;
    // Loose equality, as 0.10: '1' and true pass (and then mean the default strategy).
    if (
      n != tuning.Z_FILTERED &&
      n != tuning.Z_HUFFMAN_ONLY &&
      n != tuning.Z_RLE &&
      n != tuning.Z_FIXED &&
      n != tuning.Z_DEFAULT_STRATEGY
    ) {
      throw sited(new Error('Invalid strategy: ' + (n as unknown as string)), 275, "      throw new Error('Invalid strategy: ' + opts.strategy);");
    }
  }
  if (o.dictionary) {
    if (!bufferModule.Buffer.isBuffer(o.dictionary)) throw sited(new Error('Invalid dictionary: it should be a Buffer instance'), 281, "      throw new Error('Invalid dictionary: it should be a Buffer instance');");
  }
}

/** The arguments of handle.init(): what 0.10 passed for each option. */
export function initArguments(opts: ZlibOptions): [number, number, number, number, unknown] {
  const o = opts as Loose;
  // level and strategy only when they are numbers; the others when truthy.
  const level = typeof o.level === 'number' ? o.level : tuning.Z_DEFAULT_COMPRESSION;
  const strategy = typeof o.strategy === 'number' ? o.strategy : tuning.Z_DEFAULT_STRATEGY;
  return [
    (o.windowBits || limits.Z_DEFAULT_WINDOWBITS) as number,
    level,
    (o.memLevel || limits.Z_DEFAULT_MEMLEVEL) as number,
    strategy,
    o.dictionary,
  ];
}
