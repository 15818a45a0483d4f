// Resolving '.' and '..' in a list of path segments: shared by the POSIX and win32 flavours.

/**
 * Drops empty and '.' segments and lets each '..' cancel the segment before it. A '..' with
 * nothing left to cancel is kept for relative paths and dropped for absolute ones (there is
 * nothing above the root).
 */
export function normalizeSegments(segments: readonly string[], allowAboveRoot: boolean): string[] {
  const out: string[] = [];
  for (const seg of segments) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') out.push(seg);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (allowAboveRoot) out.push('..');
  }
  return out;
}
