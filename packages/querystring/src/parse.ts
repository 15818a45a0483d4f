// querystring.parse(str, [sep], [eq], [options])
import type { Codec } from './face';

export interface ParseOptions {
  /** Maximum number of pieces read (default 1000; 0 or less: no limit). */
  maxKeys?: number;
}

export type ParsedQuery = Record<string, string | string[]>;

const PLUS = /\+/g;

function store(obj: ParsedQuery, k: string, v: string): void {
  if (!Object.prototype.hasOwnProperty.call(obj, k)) obj[k] = v;
  else if (Array.isArray(obj[k])) (obj[k] as string[]).push(v);
  else obj[k] = [obj[k] as string, v];
}

export function createParse(codec: Codec) {
  /**
   * Decodes one key and its value as 0.10 does: '+' means a space, then
   * decodeURIComponent on both; if either is malformed, both go through `unescape`.
   */
  function decodePair(obj: ParsedQuery, kstr: string, vstr: string): void {
    let k: string;
    let v: string;
    try {
      k = decodeURIComponent(kstr);
      v = decodeURIComponent(vstr);
    } catch {
      k = codec.unescape(kstr, true);
      v = codec.unescape(vstr, true);
    }
    store(obj, k, v);
  }

  /** The general case: any sep (string or RegExp) and eq, exactly 0.10's steps. */
  function parseGeneral(qs: string, sep: string | RegExp, eq: string, maxKeys: number): ParsedQuery {
    const obj: ParsedQuery = {};
    const pieces = qs.split(sep as string);
    let len = pieces.length;
    if (maxKeys > 0 && len > maxKeys) len = maxKeys;
    for (let i = 0; i < len; ++i) {
      const x = pieces[i].replace(PLUS, '%20');
      const idx = x.indexOf(eq);
      // 0.10 skips one character after the match whatever eq's length.
      if (idx >= 0) decodePair(obj, x.substr(0, idx), x.substr(idx + 1));
      else decodePair(obj, x, '');
    }
    return obj;
  }

  /**
   * String sep and eq without split or regexps: one scan per piece, and no decoding at all
   * for pieces that contain no '%' (decodeURIComponent would return them unchanged). Only
   * used when eq has none of '+', '%', '2', '0', so that 0.10's '+' -> '%20' rewrite, which
   * comes before it looks for eq, cannot change where eq is found.
   */
  function parseStrings(qs: string, sep: string, eq: string, maxKeys: number): ParsedQuery {
    const obj: ParsedQuery = {};
    const length = qs.length;
    const sepLength = sep.length;
    let nextEq = qs.indexOf(eq);
    let start = 0;
    let count = 0;
    while (start <= length) {
      if (maxKeys > 0 && count >= maxKeys) break;
      count++;
      let end = qs.indexOf(sep, start);
      if (end === -1) end = length;
      // The next eq at or after start, found again only once the scan has passed it
      // (so pieces without eq do not rescan the rest of the string).
      if (nextEq !== -1 && nextEq < start) nextEq = qs.indexOf(eq, start);
      const eqAt = nextEq;
      let kstr: string;
      let vstr: string;
      if (eqAt !== -1 && eqAt < end && eqAt + eq.length <= end) {
        kstr = qs.slice(start, eqAt);
        // 0.10 skips one character after the match whatever eq's length.
        vstr = qs.slice(eqAt + 1, end);
      } else {
        kstr = qs.slice(start, end);
        vstr = '';
      }
      const piece = qs.slice(start, end);
      if (piece.indexOf('%') !== -1) {
        decodePair(obj, kstr.replace(PLUS, '%20'), vstr.replace(PLUS, '%20'));
      } else if (piece.indexOf('+') !== -1) {
        store(obj, kstr.replace(PLUS, ' '), vstr.replace(PLUS, ' '));
      } else {
        store(obj, kstr, vstr);
      }
      start = end + sepLength;
    }
    return obj;
  }

  /**
   * The default '&' / '=' case without split or regexps: one scan, and no decoding at all
   * for the pieces that contain no '%' (decodeURIComponent would return them unchanged).
   */
  function parseDefault(qs: string, maxKeys: number): ParsedQuery {
    const obj: ParsedQuery = {};
    const length = qs.length;
    let start = 0;
    let count = 0;
    while (start <= length) {
      if (maxKeys > 0 && count >= maxKeys) break;
      count++;
      let eqAt = -1;
      let percent = false;
      let plus = false;
      let end = start;
      for (; end < length; end++) {
        const c = qs.charCodeAt(end);
        if (c === 38 /* & */) break;
        if (c === 61 /* = */) {
          if (eqAt < 0) eqAt = end;
        } else if (c === 37 /* % */) {
          percent = true;
        } else if (c === 43 /* + */) {
          plus = true;
        }
      }
      let kstr: string;
      let vstr: string;
      if (eqAt >= 0) {
        kstr = qs.slice(start, eqAt);
        vstr = qs.slice(eqAt + 1, end);
      } else {
        kstr = qs.slice(start, end);
        vstr = '';
      }
      if (percent) {
        if (plus) {
          kstr = kstr.replace(PLUS, '%20');
          vstr = vstr.replace(PLUS, '%20');
        }
        decodePair(obj, kstr, vstr);
      } else {
        if (plus) {
          kstr = kstr.replace(PLUS, ' ');
          vstr = vstr.replace(PLUS, ' ');
        }
        store(obj, kstr, vstr);
      }
      start = end + 1;
    }
    return obj;
  }

  return function (qs: unknown, sep?: string | RegExp, eq?: string, options?: ParseOptions): ParsedQuery {
    const separator = sep || '&';
    const assign = eq || '=';
    if (typeof qs !== 'string' || qs.length === 0) return {};
    let maxKeys = 1000;
    if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
    if (separator === '&' && assign === '=') return parseDefault(qs, maxKeys);
    if (typeof separator === 'string' && typeof assign === 'string' && !/[+%20]/.test(assign)) {
      return parseStrings(qs, separator, assign, maxKeys);
    }
    return parseGeneral(qs, separator, assign, maxKeys);
  };
}
