// String#trim, #trimLeft and #trimRight as node 0.10's engine had them: its whitespace also
// took in U+0085 (next line), U+180E (Mongolian vowel separator) and U+200B (zero width space),
// which today's engine keeps: '\u200b a \u200b'.trim() was 'a'. (U+FEFF was whitespace then and
// now.) The engine trims first; the rare string that still starts or ends with one of the
// three is trimmed further here.
import { replaceBuiltin } from './native-functions';

const proto = String.prototype;
const engineTrim = proto.trim;
const engineTrimStart = proto.trimStart;
const engineTrimEnd = proto.trimEnd;

function isExtra(c: number): boolean {
  return c === 0x85 || c === 0x180e || c === 0x200b;
}

// The engine's whitespace (ECMAScript WhiteSpace and LineTerminator) plus the three.
function isSpace010(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || isExtra(c)
  );
}

function start(s: string): number {
  let i = 0;
  while (i < s.length && isSpace010(s.charCodeAt(i))) i++;
  return i;
}

function end(s: string, from: number): number {
  let j = s.length;
  while (j > from && isSpace010(s.charCodeAt(j - 1))) j--;
  return j;
}

function trim(this: unknown): string {
  const s: string = engineTrim.call(this as string);
  if (s.length === 0 || (!isExtra(s.charCodeAt(0)) && !isExtra(s.charCodeAt(s.length - 1)))) return s;
  const i = start(s);
  return s.slice(i, end(s, i));
}

function trimLeft(this: unknown): string {
  const s: string = engineTrimStart.call(this as string);
  return s.length === 0 || !isExtra(s.charCodeAt(0)) ? s : s.slice(start(s));
}

function trimRight(this: unknown): string {
  const s: string = engineTrimEnd.call(this as string);
  return s.length === 0 || !isExtra(s.charCodeAt(s.length - 1)) ? s : s.slice(0, end(s, 0));
}

/** On `realm`'s builtins (the program's by default; a vm context's global for its own). */
export function installStringTrim010(realm: typeof globalThis = globalThis): void {
  const target = realm.String.prototype;
  replaceBuiltin(target, 'trim', trim);
  replaceBuiltin(target, 'trimLeft', trimLeft);
  replaceBuiltin(target, 'trimRight', trimRight);
}
