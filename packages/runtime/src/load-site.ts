// Where V8 3.14 placed a frame stopped in a property load: `o.x` calling a getter (an accessor
// of defineProperty, `get x() {}`, __defineGetter__) showed the caller at the `.` before the
// name; today's engine places it at the name, and for `o.x += 1` or `o.x++` at the `o`.
// Calls (`o.f()`, a getter's included) are placed at the name by both, and keyed loads
// (`o['x']`, `o[k]`) at the `[`. Measured against node 0.10 on loads in declarations, returns,
// conditions, operands, literals, compound assignments and across a line break.
import { factsOf } from './construct-site';

const NAME = /[\w$]/;
const COMPOUND = /^\s*(?:\+\+|--|(?:>>>|<<|>>|[-+*/%&|^])=)/;

/**
 * The line and column (1-based) V8 3.14 gave a frame placed at `line`:`column` of `file` (a
 * source this runtime compiled) when that is a dotted property load, else undefined.
 */
export function loadPosition010(file: string, line: number, column: number): { line: number; column: number } | undefined {
  const f = factsOf(file);
  if (f === undefined) return undefined;
  const { source, starts } = f;
  if (line < 1 || line > starts.length) return undefined;
  const at = starts[line - 1] + column - 1;
  // The start of a name…
  if (!NAME.test(source[at] || '') || (at > 0 && NAME.test(source[at - 1]))) return undefined;
  let dot = skipBlanksBack(source, at - 1);
  if (source[dot] === '.' && source[dot - 1] !== '.') {
    // …after a dot (not a spread's), not called.
    if (source[skipBlanks(source, nameEnd(source, at))] === '(') return undefined;
  } else {
    // …or the object of `o.x op= …` / `o.x++`.
    dot = skipBlanks(source, nameEnd(source, at));
    if (source[dot] !== '.') return undefined;
    const name = skipBlanks(source, dot + 1);
    if (!NAME.test(source[name] || '') || !COMPOUND.test(source.slice(nameEnd(source, name), nameEnd(source, name) + 8))) return undefined;
  }
  let l = line;
  while (l > 1 && starts[l - 1] > dot) l--;
  while (l < starts.length && starts[l] <= dot) l++;
  return { line: l, column: dot - starts[l - 1] + 1 };
}

function nameEnd(source: string, i: number): number {
  while (NAME.test(source[i] || '')) i++;
  return i;
}

function skipBlanks(source: string, i: number): number {
  while (i < source.length && /\s/.test(source[i])) i++;
  return i;
}

function skipBlanksBack(source: string, i: number): number {
  while (i >= 0 && /\s/.test(source[i])) i--;
  return i;
}
