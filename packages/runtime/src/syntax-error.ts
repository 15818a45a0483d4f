// Compile errors as node 0.10 (V8 3.14) reported them.
//
// The host's V8 words some SyntaxErrors differently ("Unexpected token '}'", "Unexpected
// identifier 'x'", "Invalid or unexpected token", "missing ) after argument list") and the
// host's vm decorates the error's stack with the throw site. 0.10's e.message and e.stack
// carry neither: the source line with its caret went to stderr (throw-site.ts). So a
// compile error here gets 0.10's message and a plain stack, and its site is kept aside.
import { caretLine, restrictLine, setThrowSite } from './throw-site';

// ---- the token V8 3.14 named ----

const KEYWORDS = new Set(
  (
    'break case catch continue debugger default delete do else finally for function if in instanceof new ' +
    'return switch this throw try typeof var void while with null true false'
  ).split(' '),
);
const FUTURE_RESERVED = new Set('class const enum export extends import super'.split(' '));
const PUNCTUATORS = [
  '>>>=', '===', '!==', '>>>', '<<=', '>>=',
  '<=', '>=', '==', '!=', '++', '--', '<<', '>>', '&&', '||', '+=', '-=', '*=', '%=', '&=', '|=', '^=', '/=',
  '{', '}', '(', ')', '[', ']', '.', ';', ',', '<', '>', '+', '-', '*', '%', '&', '|', '^', '!', '~', '?', ':', '=', '/',
];

/** V8 3.14's "Unexpected …" message for the token at `pos`, and the token's length. */
function unexpectedAt(src: string, pos: number): { message: string; length: number } {
  if (pos >= src.length) return { message: 'Unexpected end of input', length: 1 };
  const c = src[pos];
  if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[pos + 1] || ''))) {
    const m = /^(?:0[xX][0-9a-fA-F]+|[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)/.exec(src.slice(pos));
    return { message: 'Unexpected number', length: m ? m[0].length : 1 };
  }
  if (c === '"' || c === "'") {
    let i = pos + 1;
    while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
    if (src[i] !== c) return { message: 'Unexpected token ILLEGAL', length: i - pos };
    return { message: 'Unexpected string', length: i + 1 - pos };
  }
  const id = /^[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*/.exec(src.slice(pos));
  if (id) {
    const word = id[0];
    if (KEYWORDS.has(word)) return { message: `Unexpected token ${word}`, length: word.length };
    if (FUTURE_RESERVED.has(word)) return { message: 'Unexpected reserved word', length: word.length };
    return { message: 'Unexpected identifier', length: word.length };
  }
  for (const p of PUNCTUATORS) {
    if (src.startsWith(p, pos)) return { message: `Unexpected token ${p}`, length: p.length };
  }
  return { message: 'Unexpected token ILLEGAL', length: 1 };
}

/** Skips white space and comments from `pos`. */
function skipSpace(src: string, pos: number): number {
  for (;;) {
    while (pos < src.length && /\s/.test(src[pos])) pos++;
    if (src.startsWith('//', pos)) {
      while (pos < src.length && src[pos] !== '\n') pos++;
    } else if (src.startsWith('/*', pos)) {
      const end = src.indexOf('*/', pos + 2);
      pos = end < 0 ? src.length : end + 2;
    } else {
      return pos;
    }
  }
}

const INVALID_LHS = new Set([
  'Invalid left-hand side in assignment',
  'Invalid left-hand side expression in prefix operation',
  'Invalid left-hand side expression in postfix operation',
]);

/** The non-space character before `pos`, and where the word ending there starts. */
function before(src: string, pos: number): { at: number; word: string } {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(src[i])) i--;
  let j = i + 1;
  while (j > 0 && /[\w$]/.test(src[j - 1])) j--;
  return { at: i, word: j <= i ? src.slice(j, i + 1) : '' };
}

/** Whether `pos` (just after a '(' or ',') is in a function's parameter list. */
function inParameters(src: string, pos: number): 'function' | 'catch' | undefined {
  let depth = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const c = src[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') {
      if (depth === 0) return undefined;
      depth--;
    } else if (c === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      const b = before(src, i);
      if (b.word === 'catch') return 'catch';
      if (b.word === 'function') return 'function';
      if (b.word && before(src, b.at - b.word.length + 1).word === 'function') return 'function';
      return undefined;
    }
  }
  return undefined;
}

/**
 * V8 3.14's message for `eval` or `arguments` (at `pos`, `width` long) misused in strict
 * code: the host words every case "Unexpected eval or arguments in strict mode".
 */
function strictNameError(src: string, pos: number, width: number): { message: string; pos: number; width: number } {
  const prev = before(src, pos);
  const next = skipSpace(src, pos + width);
  const what = (m: string) => ({ message: `${m} in strict mode`, pos, width });
  // (3.14 called a postfix ++/-- "Prefix" too.)
  if (src.startsWith('++', next) || src.startsWith('--', next) || /(\+\+|--)$/.test(src.slice(0, prev.at + 1))) {
    return what('Prefix increment/decrement may not have eval or arguments operand');
  }
  if (prev.word === 'function') {
    // From the keyword up to the '(' after the name.
    const start = prev.at - prev.word.length + 1;
    return { message: 'Function name may not be eval or arguments in strict mode', pos: start, width: next - start };
  }
  if (src[prev.at] === '(' || src[prev.at] === ',') {
    const params = inParameters(src, pos);
    if (params === 'catch') return what('Catch variable may not be eval or arguments');
    if (params === 'function') return what('Parameter name eval or arguments is not allowed');
  }
  if (prev.word !== 'var' && src[prev.at] !== ',' && /^(?:[-+*/%&|^]|<<|>>>?)?=(?!=)/.test(src.slice(next))) {
    return what('Assignment to eval or arguments is not allowed');
  }
  return what('Variable name may not be eval or arguments');
}

/** 0.10's wording of a message the host's V8 words differently (same position). */
export function sameSiteMessage(message: string): string | undefined {
  let m = /^Unexpected token '(.+)'$/.exec(message);
  if (m) return `Unexpected token ${m[1]}`;
  if (/^Unexpected identifier '.*'$/.test(message)) return 'Unexpected identifier';
  if (message === 'Invalid or unexpected token') return 'Unexpected token ILLEGAL';
  m = /^(Illegal (?:break|continue) statement)(?::.*)?$/.exec(message);
  if (m) return m[1];
  if (message === 'Duplicate parameter name not allowed in this context') return 'Strict mode function may not have duplicate parameter names';
  if (message === 'Octal escape sequences are not allowed in strict mode.') return 'Octal literals are not allowed in strict mode.';
  if (message === 'Unexpected eval or arguments in strict mode') return 'Variable name may not be eval or arguments in strict mode';
  return undefined;
}

// The host vm's decoration: "file:line\n<source line>\n<spaces>^^^\n\n" before the stack (no
// carets at the end of the input).
const DECORATION = /^(.*):(\d+)\n(.*)\n([ \t]*)(\^*)\n\n/;

function lineStart(src: string, line: number): number {
  let pos = 0;
  for (let i = 1; i < line && pos >= 0; i++) {
    pos = src.indexOf('\n', pos);
    if (pos >= 0) pos++;
  }
  return pos < 0 ? src.length : pos;
}

/**
 * Rewrites a compile error of `source` (compiled as `filename`) into 0.10's message and
 * stack, remembering its site. Anything else is returned as it is.
 */
export function syntaxError010(err: unknown, source: string): unknown {
  // (A vm context's SyntaxError is of another realm: known by its brand and name.)
  const isSyntaxError =
    err instanceof SyntaxError ||
    (typeof err === 'object' && err !== null && Object.prototype.toString.call(err) === '[object Error]' && (err as Error).name === 'SyntaxError');
  if (!isSyntaxError || typeof (err as Error).stack !== 'string') return err;
  return rewrite(err as SyntaxError, source);
}

function rewrite(err: SyntaxError, source: string): unknown {
  const d = DECORATION.exec(err.stack as string);
  if (!d) return err;
  const [whole, file, lineStr, , indent, carets] = d;
  let line = Number(lineStr);
  let pos = lineStart(source, line) + indent.length;
  let width = carets.length;
  let message = sameSiteMessage(err.message);
  if (message === undefined && err.message === 'Invalid Unicode escape sequence') {
    // 3.14: an ILLEGAL token from the string's opening quote to the 'u' of the escape.
    let q = pos - 1;
    while (q >= 0 && source[q] !== '"' && source[q] !== "'" && source[q] !== '\n') q--;
    if (q >= 0 && source[q] !== '\n') {
      width = pos + 2 - q;
      pos = q;
    } else {
      width = 2;
    }
    message = 'Unexpected token ILLEGAL';
  }
  if (message === undefined && (err.message === 'missing ) after argument list' || err.message === 'Function statements require a function name' || /^Invalid left-hand side in for-in loop/.test(err.message))) {
    // 3.14 named the token after the last argument, where the ')' should have been (or
    // the '(' after an anonymous function statement's keyword, or the 'in' after more than
    // one for-in variable).
    pos = skipSpace(source, pos + width);
    const u = unexpectedAt(source, pos);
    message = u.message;
    width = u.length;
    line = source.slice(0, pos).split('\n').length;
  }
  if (err.message === 'Unexpected eval or arguments in strict mode') {
    const s = strictNameError(source, pos, width);
    message = s.message;
    pos = s.pos;
    width = s.width;
    line = source.slice(0, pos).split('\n').length;
  }
  // 3.14 threw an invalid assignment target as an early ReferenceError, at the start of
  // the target (a postfix operator: at the operator), one caret wide.
  let early: ReferenceError | undefined;
  if (message === undefined && INVALID_LHS.has(err.message)) {
    if (/postfix/.test(err.message)) {
      pos = skipSpace(source, pos + width);
      line = source.slice(0, pos).split('\n').length;
    }
    width = 1;
    early = new ReferenceError(err.message);
  }
  if (message === undefined) message = err.message;

  if (width === 0 && source.endsWith('\n')) {
    // V8 3.14 put the end of an input that ends with a line break on line 0.
    setThrowSite(err, { file, line: 0, text: '', caret: '' });
    return plainStack(err, whole, message);
  }
  const start = lineStart(source, line);
  let end = source.indexOf('\n', start);
  if (end < 0) end = source.length;
  const full = source.slice(start, end);
  const r = restrictLine(full, Math.min(pos - start, full.length));
  const thrown = early ? plainStack(early, whole, message, err.stack) : plainStack(err, whole, message);
  const caret = caretLine(r.text, r.col, width, full.length - Math.min(pos - start, full.length));
  setThrowSite(thrown, { file, line, text: r.text, caret });
  return thrown;
}

/** The error with 0.10's message and a stack without the host's decoration and frames. */
function plainStack<E extends Error>(err: E, decoration: string, message: string, stack = err.stack as string): E {
  const rest = stack.slice(decoration.length);
  const frames = rest.slice(rest.indexOf('\n') + 1).split('\n').filter((f) => !/\(node:|at node:/.test(f));
  err.message = message;
  err.stack = [`${err.name}: ${message}`, ...frames].join('\n');
  return err;
}
