// Building strings from code units without blowing the engine's argument-count limit.

const CHUNK = 8192;

/** String from an array of UTF-16 code units. */
export function fromCodes(codes: ArrayLike<number>): string {
  const n = codes.length;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) {
    const part = Array.prototype.slice.call(codes, i, Math.min(n, i + CHUNK)) as number[];
    out += String.fromCharCode.apply(null, part);
  }
  return out;
}
