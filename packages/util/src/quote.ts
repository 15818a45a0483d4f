// 0.10's inspect quoting: a JSON string literal turned into a single-quoted one
// ('it\'s', "quotes" left bare, control characters as \n \t \u0001).
//
// Written out rather than built on JSON.stringify because current engines escape lone
// surrogates (\ud800) where Node 0.10's V8 left them raw.

const needsEscape = /[\u0000-\u001f'\\]/;
const hex = '0123456789abcdef';

export function quote(s: string): string {
  if (!needsEscape.test(s)) return "'" + s + "'";
  let out = "'";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string;
    if (c === 39) rep = "\\'";
    else if (c === 92) rep = '\\\\';
    else if (c >= 32) continue;
    else if (c === 10) rep = '\\n';
    else if (c === 13) rep = '\\r';
    else if (c === 9) rep = '\\t';
    else if (c === 8) rep = '\\b';
    else if (c === 12) rep = '\\f';
    else rep = '\\u00' + hex[c >> 4] + hex[c & 15];
    out += s.slice(last, i) + rep;
    last = i + 1;
  }
  return out + s.slice(last) + "'";
}
