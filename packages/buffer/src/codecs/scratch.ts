// Reusable scratch memory for the codecs (one growing array each kind; never handed out).
import { host } from '../host';

/** Scratch arrays are kept for reuse up to this many bytes; bigger ones are made per call. */
export const MAX_SCRATCH = 1 << 20;
let bytes = new Uint8Array(4096);

/**
 * 64 KiB of 32-bit words where the base64 and hex encoders build their ASCII output, made once
 * and never replaced: the engine then writes into it measurably faster (V8 treats it as a
 * constant) than into a scratch array that grows. Longer output is made in chunks.
 */
export const WORDS = new Uint32Array(16384);

/** A scratch byte array of at least `n` bytes, or null when `n` is too big to keep around. */
export function scratchBytes(n: number): Uint8Array | null {
  if (n > MAX_SCRATCH) return null;
  if (bytes.length < n) bytes = new Uint8Array(Math.max(n, bytes.length * 2));
  return bytes;
}

/**
 * The string as bytes when every character is ASCII (then each byte is the char code),
 * through TextEncoder, which is many times faster than a charCodeAt loop; null otherwise.
 * The result is scratch memory, valid until the next call.
 */
export function asciiBytes(str: string): Uint8Array | null {
  const enc = host.encoder;
  const n = str.length;
  if (enc === undefined) return null;
  const buf = scratchBytes(n);
  if (buf === null) return null;
  // With exactly n bytes of room, any non-ASCII character (2+ bytes) stops the encoder early.
  const r = enc.encodeInto(str, n === buf.length ? buf : buf.subarray(0, n));
  return r.read === n ? buf : null;
}
