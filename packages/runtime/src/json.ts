// JSON.parse's error messages as node 0.10's V8 wrote them.
//
// Programs print these ("Unexpected token }", "Unexpected end of input"); today's V8 says
// "Expected property name or '}' in JSON at position 7". Parsing stays the engine's; only
// when it throws a SyntaxError does a small scanner find where V8 3.14 would have stopped
// and what it would have said: the end of input, a string or a number token where none may
// stand, or else the offending character.

import { message010 } from './engine-messages';
import { replaceBuiltin } from './native-functions';
import { caretLine, restrictLine, setThrowSite, type ThrowSite } from './throw-site';

const enum Stop {
  End,
  String,
  Number,
  Char,
}

class Bad {
  constructor(
    readonly kind: Stop,
    readonly at: number,
  ) {}
}

/** Where a JSON text first goes wrong, as V8 3.14's parser classified it; null if it is valid. */
export function firstError(s: string): Bad | null {
  let i = 0;
  const n = s.length;
  const ws = () => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  // V8 3.14 named what it found at a position as if a token started there: the end, a
  // string, a number, or the character itself.
  const at = (p: number): Bad => {
    if (p >= n) return new Bad(Stop.End, p);
    const c = s[p];
    if (c === '"') return new Bad(Stop.String, p);
    if ((c >= '0' && c <= '9') || c === '-') return new Bad(Stop.Number, p);
    return new Bad(Stop.Char, p);
  };
  const unexpected = (): Bad => at(i);

  let escaped = false;
  const stringBody = (): Bad | null => {
    escaped = false;
    i++; // opening quote
    for (;;) {
      if (i >= n) return new Bad(Stop.End, i);
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return unexpected();
      if (c === 0x5c) {
        escaped = true;
        i++;
        if (i >= n) return new Bad(Stop.End, i);
        const e = s[i];
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (i >= n) return new Bad(Stop.End, i);
            if (!/[0-9a-fA-F]/.test(s[i])) return unexpected();
          }
        } else if ('"\\/bfnrt'.indexOf(e) < 0) {
          return unexpected();
        }
      }
      i++;
    }
  };
  const string = (): Bad | null => stringBody();
  // A property name that goes wrong before any escape is reported at its first character
  // (V8 3.14 scanned names on a fast path that kept no position).
  const key = (): Bad | null => {
    const start = i;
    const e = stringBody();
    return e && !escaped ? at(start + 1) : e;
  };

  const digits = (): Bad | null => {
    if (i >= n) return new Bad(Stop.End, i);
    if (!(s[i] >= '0' && s[i] <= '9')) return unexpected();
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    return null;
  };

  const number = (): Bad | null => {
    if (s[i] === '-') i++;
    if (i < n && s[i] === '0') i++;
    else {
      const e = digits();
      if (e) return e;
    }
    if (i < n && s[i] === '.') {
      i++;
      const e = digits();
      if (e) return e;
    }
    if (i < n && (s[i] === 'e' || s[i] === 'E')) {
      i++;
      if (i < n && (s[i] === '+' || s[i] === '-')) i++;
      const e = digits();
      if (e) return e;
    }
    return null;
  };

  const literal = (word: string): Bad | null => {
    for (let k = 0; k < word.length; k++, i++) {
      if (i >= n) return new Bad(Stop.End, i);
      if (s[i] !== word[k]) return unexpected();
    }
    return null;
  };

  const value = (): Bad | null => {
    ws();
    if (i >= n) return new Bad(Stop.End, i);
    const c = s[i];
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '[') {
      i++;
      ws();
      if (s[i] === ']') {
        i++;
        return null;
      }
      for (;;) {
        const e = value();
        if (e) return e;
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === ']') {
          i++;
          return null;
        }
        return unexpected();
      }
    }
    if (c === '{') {
      i++;
      ws();
      if (s[i] === '}') {
        i++;
        return null;
      }
      for (;;) {
        ws();
        if (s[i] !== '"') return unexpected();
        const k = key();
        if (k) return k;
        ws();
        if (s[i] !== ':') return unexpected();
        i++;
        const e = value();
        if (e) return e;
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === '}') {
          i++;
          return null;
        }
        return unexpected();
      }
    }
    return unexpected();
  };

  const e = value();
  if (e) return e;
  ws();
  return i < n ? unexpected() : null;
}

/** The message V8 3.14 gave for a JSON text where it first went wrong (firstError). */
function jsonMessage010(text: string, bad: Bad): string {
  switch (bad.kind) {
    case Stop.End:
      return 'Unexpected end of input';
    case Stop.String:
      return 'Unexpected string';
    case Stop.Number:
      return 'Unexpected number';
    default:
      return 'Unexpected token ' + text[bad.at];
  }
}

/**
 * Where V8 3.14 reported a JSON.parse error: the JSON text as a script named "undefined",
 * its line and the column of the stop (at the very end of a text that ends with a newline,
 * or of an empty one, line 0 and an empty line).
 */
function jsonSite(text: string, at: number): ThrowSite {
  if (at >= text.length && (text === '' || text.endsWith('\n'))) return { file: 'undefined', line: 0, text: '', caret: '^' };
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
  const r = restrictLine(text.slice(start, end), at - start);
  return { file: 'undefined', line, text: r.text, caret: caretLine(r.text, r.col, 1) };
}

type Reviver = (this: unknown, key: string, value: unknown) => unknown;
type Holder = Record<string, unknown>;
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * V8 3.14's JSON.parse stored a "__proto__" key as an assignment: an object or null value became
 * the object's prototype, any other value was dropped, and no own "__proto__" was left (today's
 * engine keeps it as an own data property). Only texts that contain the name come here: the
 * engine parses them, then each object holding an own "__proto__" (inner ones first, as they
 * were built first) gives it to its __proto__ setter (the runtime's, which knows null); a
 * reviver then walks the result as ES5 says, over own keys only.
 */
function parseWithProtoKeys(engineParse: (text: string) => unknown, text: string, reviver: Reviver | undefined): unknown {
  const value = engineParse(text);
  assignProtoKeys(value);
  if (typeof reviver !== 'function') return value;
  const root: Holder = { '': value };
  return walk(root, '', reviver);
}

function assignProtoKeys(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) assignProtoKeys(value[i]);
    return;
  }
  const o = value as Holder;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) assignProtoKeys(o[keys[i]]);
  if (hasOwn.call(o, '__proto__')) {
    const proto = Object.getOwnPropertyDescriptor(o, '__proto__')?.value;
    delete o['__proto__'];
    if (typeof proto === 'object') (o as { __proto__: unknown }).__proto__ = proto;
  }
}

function walk(holder: Holder, key: string, reviver: Reviver): unknown {
  const value = holder[key];
  if (typeof value === 'object' && value !== null) {
    const o = value as Holder;
    const keys = Array.isArray(value) ? null : Object.keys(o);
    const n = keys === null ? (value as unknown[]).length : keys.length;
    for (let i = 0; i < n; i++) {
      const k = keys === null ? String(i) : keys[i];
      const revived = walk(o, k, reviver);
      if (revived === undefined) delete o[k];
      else o[k] = revived;
    }
  }
  return reviver.call(holder, key, value);
}

/** JSON.parse and JSON.stringify of `realm` (the program's by default; a vm context's global for its own). */
export function installJson010(realm: typeof globalThis = globalThis): void {
  const JSON = realm.JSON;
  const SyntaxError = realm.SyntaxError;
  const TypeError = realm.TypeError;
  const engineParse = JSON.parse;
  const parse = function parse(text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown): unknown {
    try {
      if (typeof text === 'string' && text.indexOf('__proto__') !== -1) return parseWithProtoKeys(engineParse, text, reviver);
      return engineParse(text, reviver);
    } catch (e) {
      if (e instanceof SyntaxError) {
        const source = String(text);
        const bad = firstError(source);
        // Only the message: the stack is formatted on first use (as V8 3.14 did), so it
        // shows this message, or a later one a caller sets (require's 'file: ' prefix).
        if (bad) {
          e.message = jsonMessage010(source, bad);
          setThrowSite(e, jsonSite(source, bad.at));
        }
      }
      throw e;
    }
  };
  replaceBuiltin(JSON, 'parse', parse);

  // Today's engine escapes a lone surrogate as \udxxx (ES2019) where V8 3.14 wrote the code
  // unit as it is; and it adds lines to the circular-structure message (where the circle
  // starts and closes) where V8 3.14 said "Converting circular structure to JSON" alone.
  const engineStringify = JSON.stringify;
  const stringify = function stringify(value: unknown, replacer?: unknown, space?: unknown): string | undefined {
    try {
      const text = engineStringify(value, replacer as (string | number)[], space as string);
      return text !== undefined && text.indexOf('\\ud') !== -1 ? unescapeLoneSurrogates(text) : text;
    } catch (e) {
      if (e instanceof TypeError) {
        const old = message010(e.message, undefined);
        if (old !== undefined) e.message = old;
      }
      throw e;
    }
  };
  replaceBuiltin(JSON, 'stringify', stringify);
}

// A \udxxx escape the engine wrote (after an even run of backslashes: an odd one makes the
// first of them an escaped backslash) becomes the code unit itself.
const LONE_SURROGATE_ESCAPE = /(\\*)\\u(d[89a-f][0-9a-f]{2})/g;
function unescapeLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE_ESCAPE, (whole: string, slashes: string, hex: string) =>
    slashes.length % 2 === 0 ? slashes + String.fromCharCode(parseInt(hex, 16)) : whole,
  );
}
