// querystring.stringify(obj, [sep], [eq], [name])
import type { Codec } from './face';

// encodeURIComponent leaves exactly these unchanged: A-Z a-z 0-9 - _ . ! ~ * ' ( )
const UNRESERVED = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") UNRESERVED[c.charCodeAt(0)] = 1;

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

/**
 * encodeURIComponent, written out: most keys and values need no escaping and come back as
 * they are, and the rest is built from a table instead of a call per string (faster for
 * the short strings of query strings). Same output, same URIError for lone surrogates.
 */
function fastEscape(value: string | number): string {
  const s = typeof value === 'string' ? value : String(value);
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 128) {
      if (UNRESERVED[c] === 1) continue;
      out += s.slice(last, i) + HEX[c];
    } else if (c < 0x800) {
      out += s.slice(last, i) + HEX[0xc0 | (c >> 6)] + HEX[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += s.slice(last, i) + HEX[0xe0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    } else {
      const next = s.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) throw new URIError('URI malformed');
      out += s.slice(last, i);
      c = 0x10000 + (((c & 0x3ff) << 10) | (next & 0x3ff));
      i++;
      out += HEX[0xf0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3f)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

export type Primitive = string | number | boolean | null | undefined;
export type StringifyInput = Record<string, Primitive | readonly Primitive[] | object>;

// 0.10 hands `escape` the primitive itself: a finite number stays a number.
function primitive(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return (isFinite(v) ? v : '') as string;
    default:
      return '';
  }
}

/** `defaultEscape` is the module's own escape: while it is in place, fastEscape stands in. */
export function createStringify(codec: Codec, defaultEscape: Codec['escape']) {
  return function (obj: unknown, sep?: string, eq?: string, name?: unknown): string {
    const separator = sep || '&';
    const assign = eq || '=';
    if (obj !== null && typeof obj === 'object') {
      const escape = codec.escape === defaultEscape ? fastEscape : codec.escape;
      const record = obj as Record<string, unknown>;
      const keys = Object.keys(record);
      let out = '';
      for (let i = 0; i < keys.length; i++) {
        if (i > 0) out += separator;
        const key = keys[i];
        const ks = escape(primitive(key)) + assign;
        const value = record[key];
        if (!Array.isArray(value)) {
          out += ks + escape(primitive(value));
          continue;
        }
        // Array holes stay empty between separators, as map + join leave them.
        for (let j = 0; j < value.length; j++) {
          if (j > 0) out += separator;
          if (j in value) out += ks + escape(primitive(value[j]));
        }
      }
      return out;
    }
    if (!name) return '';
    return codec.escape(primitive(name)) + assign + codec.escape(primitive(obj));
  };
}
