// querystring.stringify(obj, [sep], [eq], [name])
import type { Codec } from './face';

// encodeURIComponent leaves exactly these unchanged: A-Z a-z 0-9 - _ . ! ~ * ' ( )
const UNRESERVED = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") UNRESERVED[c.charCodeAt(0)] = 1;

/**
 * encodeURIComponent with a scan first: most keys and values need no escaping, and
 * returning them as they are is faster than the call. Same results, same URIError.
 */
function fastEscape(value: string | number): string {
  const s = typeof value === 'string' ? value : String(value);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || UNRESERVED[c] === 0) return encodeURIComponent(s);
  }
  return s;
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
  return function stringify(obj: unknown, sep?: string, eq?: string, name?: unknown): string {
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
