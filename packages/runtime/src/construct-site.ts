// Where V8 3.14 placed a constructor call made at the start of a statement.
//
// Today's engine places the call of a `new` expression at `new`. V8 3.14 recorded that position
// too, but not when it was the statement's own (a statement that starts with `new`, as
// `new Foo.Bar(x);`): the frame then showed the last position that the callee and the arguments
// recorded, in code order (throw-caret.ts's model), or else the statement's. A variable read
// recorded a position only for a global (a load through the global object); locals, the module
// wrapper's parameters included, recorded none of their own, but a literal made after one
// (`new F({})`, `new F(b, [])`) recorded the local's. Measured against node 0.10: `new a.F()` at
// its `.`, `new a['F']()` at its `[`, `new Function('…')` at `Function`, `new F(b)` (F, b local)
// at `new`, `new F({})` at `F`, `new F(a.b)` at the `.` of a.b, `new a.F(g())` at `g`; `x = new
// a.F()`, `return new a.F()` and `var x = new a.F()` at `new`, as today. The origin of code made
// by such a `new Function(…)` ("eval at … (file:line:col)") was placed the same way.
import type { Node } from 'acorn';
import { compiledSource } from './compile';
import { Positions } from './throw-caret';

type AnyNode = Node & Record<string, unknown>;

// Globals of a 0.10 program that code reads by name (a module's own declaration of one of
// these names makes it local: checked per file).
const GLOBALS = new Set(
  (
    'Array Boolean Buffer Date Error EvalError Function JSON Math Number Object RangeError ReferenceError RegExp ' +
    'String SyntaxError TypeError URIError console global process setTimeout setInterval setImmediate ' +
    'clearTimeout clearInterval clearImmediate parseInt parseFloat isNaN isFinite escape unescape ' +
    'encodeURIComponent decodeURIComponent encodeURI decodeURI eval'
  ).split(' '),
);

// What is worked out per source (a file compiled again, its module re-required after a change,
// starts afresh).
export interface SourceFacts {
  source: string;
  starts: number[];
  placed: Map<number, number | null>;
  declared: Map<string, boolean>;
}
const facts = new Map<string, SourceFacts>();

/** The facts kept for `file` (a source this runtime compiled), made on first use. */
export function factsOf(file: string): SourceFacts | undefined {
  const source = compiledSource(file);
  if (source === undefined) return undefined;
  let f = facts.get(file);
  if (f === undefined || f.source !== source) {
    const starts = [0];
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    f = { source, starts, placed: new Map(), declared: new Map() };
    facts.set(file, f);
  }
  return f;
}

/**
 * The line and column (1-based) V8 3.14 gave a frame placed at `line`:`column` of `file` (a
 * source this runtime compiled) when that is a statement's opening `new`, else undefined.
 */
export function constructPosition010(file: string, line: number, column: number): { line: number; column: number } | undefined {
  const f = factsOf(file);
  if (f === undefined) return undefined;
  const { source, starts } = f;
  if (line < 1 || line > starts.length) return undefined;
  const at = starts[line - 1] + column - 1;
  if (!source.startsWith('new', at) || /[\w$]/.test(source[at + 3] || '')) return undefined;
  let pos = f.placed.get(at);
  if (pos === undefined) {
    pos = statementStart(source, at) ? lastRecorded(f, at) : null;
    f.placed.set(at, pos);
  }
  if (pos === null) return undefined;
  let l = line;
  while (l < starts.length && starts[l] <= pos) l++;
  return { line: l, column: pos - starts[l - 1] + 1 };
}

// Does the `new` at `at` open a statement? What precedes it (blanks aside) ends a statement or
// opens one: nothing, `;`, a brace, the `)` of an if/for/while head, `else`, `do`, or the end
// of an earlier line that a line break ends (no operator left open).
function statementStart(source: string, at: number): boolean {
  let i = at - 1;
  let newline = false;
  while (i >= 0 && /\s/.test(source[i])) {
    if (source[i] === '\n') newline = true;
    i--;
  }
  if (i < 0) return true;
  const c = source[i];
  if (c === ';' || c === '{' || c === '}' || c === ')') return true;
  if (/\b(?:else|do)$/.test(source.slice(Math.max(0, i - 4), i + 1))) return true;
  return newline && /[\w$\]'"`]/.test(c) && !/\b(?:return|typeof|void|delete|in|instanceof|case|throw)$/.test(source.slice(Math.max(0, i - 10), i + 1));
}

// The last position the `new` expression at `at` recorded before its call, or null.
function lastRecorded(f: SourceFacts, at: number): number | null {
  const source = f.source;
  let node: AnyNode;
  try {
    // acorn loads on the first frame that needs it, never at start-up.
    const { parseExpressionAt } = require('acorn') as typeof import('acorn');
    node = parseExpressionAt(source, at, { ecmaVersion: 'latest', allowReserved: true }) as AnyNode;
  } catch {
    return null;
  }
  // A member or call on the new object (`new F().x`): the `new` is the innermost expression.
  while (node.type !== 'NewExpression') {
    const inner = (node.object ?? node.callee) as AnyNode | undefined;
    if (!inner || inner.start !== at) return null;
    node = inner;
  }
  const global = (name: string): boolean => GLOBALS.has(name) && !declares(f, name);
  const positions = new Positions(source, global);
  // The compiler kept a current position (every expression set it, a variable read too) and
  // wrote it into the code only at a call out of it: an IC (a global read, a property read, a
  // call: throw-caret.ts's recorded positions) or a literal's allocation (which wrote the
  // position current before it).
  let current: number | null = null;
  let written: number | null = null;
  const visit = (part: AnyNode): void => {
    if (part.type === 'Identifier') {
      current = part.start;
      if (global(part.name as string)) written = current;
      return;
    }
    if (allocates(part)) {
      if (current !== null) written = current;
      for (const inner of literalParts(part)) visit(inner);
      return;
    }
    const p = positions.last(part);
    if (p !== null) written = current = p;
  };
  visit(node.callee as AnyNode);
  for (const argument of node.arguments as AnyNode[]) visit(argument);
  return written;
}

// Literals whose value the compiled code made by calling out (a stub or the runtime).
function allocates(node: AnyNode): boolean {
  switch (node.type) {
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return true;
    case 'Literal':
      return (node as { regex?: unknown }).regex !== undefined;
    default:
      return false;
  }
}

// What a literal evaluates after it is made: its property values, its elements.
function literalParts(node: AnyNode): AnyNode[] {
  if (node.type === 'ObjectExpression') return (node.properties as AnyNode[]).map((p) => p.value as AnyNode).filter(Boolean);
  if (node.type === 'ArrayExpression') return (node.elements as (AnyNode | null)[]).filter((e): e is AnyNode => e !== null);
  return [];
}

/** Does `file`'s source (one this runtime compiled) declare `name` anywhere (var, let, const, function)? */
export function declaresName(file: string, name: string): boolean {
  const f = factsOf(file);
  return f !== undefined && declares(f, name);
}

// Does the source declare `name` (var, let, const, function) anywhere? Remembered per source.
function declares(f: SourceFacts, name: string): boolean {
  let found = f.declared.get(name);
  if (found === undefined) {
    found = new RegExp(`\\b(?:var|let|const|function)\\s+${name.replace(/\$/g, '\\$')}\\b`).test(f.source);
    f.declared.set(name, found);
  }
  return found;
}
