// querystring.stringify(obj, [sep], [eq], [name])
import type { Codec } from './face';

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

export function createStringify(codec: Codec) {
  return function stringify(obj: unknown, sep?: string, eq?: string, name?: unknown): string {
    const separator = sep || '&';
    const assign = eq || '=';
    if (obj !== null && typeof obj === 'object') {
      const escape = codec.escape;
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
