// A caught engine error's message in V8 3.14's words.
//
// The runtime rewrites an engine TypeError's message ("Cannot read properties of undefined
// (reading 'x')" → "Cannot call method 'x' of undefined") when its stack is first formatted
// (engine-messages.ts). A program that reads e.message in its catch block before e.stack would
// still see today's words: mocha's reporter does (and then cannot find the message in the
// stack), as does `try { … } catch (e) { console.log(e.message) }`. So in a program's source
// each `catch (e) {` gets, right after its brace, a call that formats the stack first:
// ` e=__n10caught(e);`. The columns that moves (on that line, after the brace) are put back
// wherever the runtime shows a position (originalColumn, for stacks and carets); Function#toString
// and the source lines the runtime shows are the source as written.
import { settleEngineMessage } from './engine-messages';

const CAUGHT = '__n10caught';
const CATCH = /\bcatch[ \t]*\([ \t]*([A-Za-z_$][\w$]*)[ \t]*\)[ \t]*\{/g;
const ADDED = / ([A-Za-z_$][\w$]*)=__n10caught\(\1\);/g;

/** Where a call was added: its line, and its first column (1-based) in the source that runs. */
interface Added {
  line: number;
  column: number;
  length: number;
}

const added = new Map<string, Added[]>();

/** `source` (of `file`) with each catch clause calling __n10caught on its error first. */
export function withCaughtCalls(file: string, source: string): string {
  added.delete(file);
  if (source.indexOf('catch') < 0) return source;
  const list: Added[] = [];
  let out = '';
  let last = 0; // copied to out up to here
  let counted = 0; // lines counted up to here
  let line = 1;
  let lineStart = 0;
  let shift = 0; // on the current line, of the calls added so far
  for (let m = CATCH.exec(source); m !== null; m = CATCH.exec(source)) {
    const end = m.index + m[0].length;
    for (let i = source.indexOf('\n', counted); i !== -1 && i < end; i = source.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
      shift = 0;
    }
    counted = end;
    if (!inCode(source, lineStart, m.index)) continue;
    const call = ` ${m[1]}=${CAUGHT}(${m[1]});`;
    list.push({ line, column: end - lineStart + 1 + shift, length: call.length });
    shift += call.length;
    out += source.slice(last, end) + call;
    last = end;
  }
  if (list.length === 0) return source;
  added.set(file, list);
  return out + source.slice(last);
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

/** Whether a column of `file`'s line may have moved. */
export function hasAddedCalls(file: string, line: number): boolean {
  const list = added.get(file);
  return list !== undefined && list.some((a) => a.line === line);
}

/** A text of such a source (a function's, say) without those calls. */
export function withoutCaughtCalls(text: string): string {
  return text.indexOf(CAUGHT) < 0 ? text : text.replace(ADDED, '');
}

/** The function the calls reach: a global of the program's realm no enumeration shows. */
export function installCaught(realm: typeof globalThis): void {
  const caught = function (error: unknown): unknown {
    settleEngineMessage(error);
    return error;
  };
  Object.defineProperty(realm, CAUGHT, { value: caught, writable: false, enumerable: false, configurable: false });
}
