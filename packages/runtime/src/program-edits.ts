// What the runtime adds to a program's source before it runs, and how positions map back.
//
// Three kinds of code, each on the line it belongs to (so line numbers never move):
// - after each `catch (e) {`: ` e=__n10caught(e);` (caught-errors.ts: an engine error's message
//   in V8 3.14's words by the time the catch block reads it);
// - after each `throw` keyword: ` __n10thrown[7]=` (thrown-values.ts: which throw statement
//   threw a value, so that an uncaught one shows the throw's line as 0.10 did);
// - before an anonymous function assigned to a variable or given as a property's value in an
//   object literal: `0||` (`var f = 0||function () {…}`). Today's engine names such a function
//   after the variable or the key (`f.name` is 'f'); V8 3.14 left its `name` '' (it inferred
//   names for stack traces only, as today's engine still does for a function so written).
// The columns that moves (on that line, after the addition) are put back wherever the runtime
// shows a position (originalColumn, for stacks and carets); Function#toString and the source
// lines the runtime shows are the source as written. The scan is lexical, line by line: a
// string or a comment begun on the line is skipped; a keyword elsewhere is left alone when it
// cannot start a statement there (`x.throw(…)`, `{ catch: 1 }`).
import { registerThrow } from './thrown-values';

const CAUGHT = '__n10caught';
const THROWN = '__n10thrown';
const KEYWORD = /\b(?:catch[ \t]*\([ \t]*([A-Za-z_$][\w$]*)[ \t]*\)[ \t]*\{|throw\b|function(?=\s*\())/g;
const ADDED = / ([A-Za-z_$][\w$]*)=__n10caught\(\1\);| __n10thrown\[\d+\]=|0\|\|(?=function\b)/g;
const UNNAMED = '0||';
const IDENTIFIER_CHAR = /[\w$]/;

/** Where code was added: its line, and its first column (1-based) in the source that runs. */
interface Added {
  line: number;
  column: number;
  length: number;
}

const added = new Map<string, Added[]>();

/** `source` (of `file`) with the runtime's calls added after its catch clauses and throws. */
export function withRuntimeCalls(file: string, source: string): string {
  added.delete(file);
  if (source.indexOf('catch') < 0 && source.indexOf('throw') < 0 && source.indexOf('function') < 0) return source;
  const list: Added[] = [];
  let out = '';
  let last = 0; // copied to out up to here
  let counted = 0; // lines counted up to here
  let line = 1;
  let lineStart = 0;
  let shift = 0; // on the current line, of the code added so far
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(source); m !== null; m = KEYWORD.exec(source)) {
    const end = m.index + m[0].length;
    for (let i = source.indexOf('\n', counted); i !== -1 && i < end; i = source.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
      shift = 0;
    }
    counted = end;
    if (!inCode(source, lineStart, m.index)) continue;
    let call: string;
    let at = end; // where the code goes
    if (m[1] !== undefined) {
      call = ` ${m[1]}=${CAUGHT}(${m[1]});`;
    } else if (m[0] === 'throw') {
      const expression = throwStatementAt(source, m.index, end);
      if (expression < 0) continue;
      call = ` ${THROWN}[${registerThrow(file, m.index, expression)}]=`;
    } else {
      if (!namedByContext(source, m.index)) continue;
      call = UNNAMED;
      at = m.index;
    }
    list.push({ line, column: at - lineStart + 1 + shift, length: call.length });
    shift += call.length;
    out += source.slice(last, at) + call;
    last = at;
  }
  if (list.length === 0) return source;
  added.set(file, list);
  return out + source.slice(last);
}

// Where the expression of the throw statement whose keyword is at `at` starts, or -1 when the
// word there is not one (a property name, say).
function throwStatementAt(source: string, at: number, end: number): number {
  let before = at - 1;
  while (before >= 0 && (source[before] === ' ' || source[before] === '\t')) before--;
  const prev = before < 0 ? '\n' : source[before];
  if (IDENTIFIER_CHAR.test(prev)) {
    if (!/\b(?:else|do)$/.test(source.slice(Math.max(0, before - 3), before + 1))) return -1;
  } else if (prev === '/') {
    if (source[before - 1] !== '*') return -1; // not after a comment: a regular expression's text
  } else if (!';{}):\n\r'.includes(prev)) {
    return -1;
  }
  let next = end;
  while (source[next] === ' ' || source[next] === '\t') next++;
  const c = source[next];
  return c === undefined || ':;,)}=\n\r'.includes(c) ? -1 : next;
}

// Whether today's engine would name the anonymous function whose keyword is at `at` after
// what it is assigned to: a variable (`var f = function`, `f = function`; not `o.f = function`)
// or an object literal's key (`{ f: function`; after a `:` it may be a conditional's branch,
// which `0||` leaves as it is).
function namedByContext(source: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(source[i])) i--;
  if (source[i] === ':') return true;
  if (source[i] !== '=' || '=!<>+-*/%&|^'.includes(source[i - 1] ?? '')) return false;
  i--;
  while (i >= 0 && (source[i] === ' ' || source[i] === '\t')) i--;
  if (!IDENTIFIER_CHAR.test(source[i] ?? '')) return false;
  while (i >= 0 && IDENTIFIER_CHAR.test(source[i])) i--;
  while (i >= 0 && /\s/.test(source[i])) i--;
  return source[i] !== '.';
}

// Whether `at` is code, not inside a string or a comment begun on its line (what a line's start
// tells; a block comment open from an earlier line is text the added call cannot change, and
// Function#toString leaves it out).
function inCode(source: string, lineStart: number, at: number): boolean {
  let quote = '';
  for (let i = lineStart; i < at; i++) {
    const c = source[i];
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '/' && source[i + 1] === '/') {
      return false;
    } else if (c === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2);
      if (close === -1 || close >= at) return false;
      i = close + 1;
    }
  }
  return quote === '';
}

/** A column (1-based) of `file`'s line as it runs, as the program wrote it. */
export function originalColumn(file: string, line: number, column: number): number {
  const list = added.get(file);
  if (list === undefined) return column;
  let moved = 0;
  for (const a of list) {
    if (a.line === line && a.column + a.length <= column) moved += a.length;
  }
  return column - moved;
}

/** Whether a column of `file`'s line (of any line, with no line given) may have moved. */
export function hasAddedCode(file: string, line?: number): boolean {
  const list = added.get(file);
  if (list === undefined) return false;
  if (line === undefined) return true;
  for (const a of list) if (a.line === line) return true;
  return false;
}

/** Forgets what was added to `file` (its source runs as written after all). */
export function forgetAddedCode(file: string): void {
  added.delete(file);
}

/** A text of such a source (a function's, say) without the added code. */
export function withoutAddedCode(text: string): string {
  return text.indexOf(CAUGHT) < 0 && text.indexOf(THROWN) < 0 && text.indexOf(UNNAMED) < 0 ? text : text.replace(ADDED, '');
}
