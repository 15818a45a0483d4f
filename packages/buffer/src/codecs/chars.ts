// Building strings from code units without blowing the engine's argument-count limit.

const CHUNK = 8192;

/** String from an array of UTF-16 code units. */
export function fromCodes(codes: ArrayLike<number>): string {
  const n = codes.length;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes as number[]);
  // A typed array is passed on in views (subarray): copying each chunk into an Array first
  // made large ucs2/ascii decodes about 8x slower.
  const view = (codes as Uint16Array).subarray;
  let out = '';
  for (let i = 0; i < n; i += CHUNK) {
    const end = Math.min(n, i + CHUNK);
    const part = typeof view === 'function' ? view.call(codes, i, end) : Array.prototype.slice.call(codes, i, end);
    out += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return out;
}
