// querystring.unescapeBuffer(s, [decodeSpaces]): percent-decoding into bytes, as 0.10 does it.
import { Buffer, type BufferInstance } from '@n10/buffer';

// Where 0.10's querystring.js failed: the n10 runtime keeps a registry of throw sites (by
// error) and shows an uncaught error's site on stderr as 0.10 did; without it there is none.
function sited(er: TypeError): TypeError {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[Symbol.for('n10.throwSites')];
  if (sites) sites.set(er, { file: 'querystring.js', line: 42, text: '  var out = new Buffer(s.length);', caret: ' '.repeat(24) + '^' });
  return er;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  if (code >= 65 && code <= 70) return code - 55; // A-F
  return -1;
}

/** querystring.unescapeBuffer(s, [decodeSpaces]): the bytes of `s` with escapes decoded. */
export const unescapeBuffer = function (s: string, decodeSpaces?: boolean): BufferInstance {
  // 0.10 read s.length first: V8 3.14's TypeError for no string at all, at that line.
  if (s === null || s === undefined) throw sited(new TypeError(`Cannot read property 'length' of ${s}`));
  const out = new Buffer(s.length);
  return out.slice(0, percentDecode(s, decodeSpaces, out));
};

/**
 * Decodes %XX escapes (and '+' as a space when asked) into `out` (at least s.length long);
 * returns the byte count. Like 0.10: a '%' not followed by two hex digits is kept with what
 * follows it, and every other character is stored as one byte (its UTF-16 unit truncated
 * to 8 bits, so 'é' is 0xE9, not its UTF-8 form).
 */
export const percentDecode = function (s: string, decodeSpaces: boolean | undefined, out: { [index: number]: number }): number {
  const length = s.length;
  let o = 0;
  let i = 0;
  while (i < length) {
    const c = s.charCodeAt(i++);
    if (c === 43 /* + */ && decodeSpaces) {
      out[o++] = 32;
    } else if (c !== 37 /* % */) {
      out[o++] = c & 0xff;
    } else if (i >= length) {
      out[o++] = 37;
    } else {
      const c1 = s.charCodeAt(i++);
      const hi = hexValue(c1);
      if (hi < 0) {
        out[o++] = 37;
        out[o++] = c1 & 0xff;
      } else if (i >= length) {
        out[o++] = 37;
        out[o++] = c1;
      } else {
        const c2 = s.charCodeAt(i++);
        const lo = hexValue(c2);
        if (lo < 0) {
          out[o++] = 37;
          out[o++] = c1;
          out[o++] = c2 & 0xff;
        } else {
          out[o++] = hi * 16 + lo;
        }
      }
    }
  }
  return o;
};
