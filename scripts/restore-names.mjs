// Gives back the source name of a function or class that esbuild renamed when bundling.
//
// `export const WriteStream = function WriteStream(…) {…}` bundles as
// `var WriteStream = __name(function WriteStream2(…) {…}, "WriteStream")`: esbuild's renamer
// never lets an inner name shadow an outer one. keepNames repairs `.name`, and V8 11 uses
// `.name` for a frame's function name, but a frame's receiver ("WriteStream.<anonymous>", the
// type name) comes from the constructor's source name: a stack said `WriteStream2.<anonymous>`
// where 0.10 said `WriteStream.<anonymous>`. Classes are the same (`var _Url = class _Url`).
//
// This step renames such a function (or class) back, with every reference to the inner name
// within it, where that is provably the same program:
// - a function: `__name(function B2(…){…}, "B")` whose body never mentions `B`, or only as the
//   variable it initialises (`var B = __name(function B2 …)`: there `B` is the same value);
// - a class: `var _B = class _B {…}` with `__name(_B, "B")` and `var B = _B` beside it.
// Anything else is left as esbuild wrote it (`.name` is still right there).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let ts;

const CANDIDATE = /__name\(function [\w$]+\d\(| = class _[\w$]+ /;

/** Returns the code with the names restored, or undefined when there is nothing to do. */
export function restoreNames(code) {
  if (!CANDIDATE.test(code)) return undefined;
  ts ??= require('typescript');
  const sf = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    const found = renamable(node);
    if (found) collect(found.scope, found.from, found.to, found.sameValue, edits);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => b.pos - a.pos);
  let out = code;
  for (const e of edits) out = out.slice(0, e.pos) + e.text + out.slice(e.end);
  return out;
}

function unparen(node) {
  while (node.parent && ts.isParenthesizedExpression(node.parent)) node = node.parent;
  return node;
}

/** The scope to rename in, the inner name, the source name; or undefined. */
function renamable(node) {
  if (ts.isFunctionExpression(node) && node.name) {
    const call = unparen(node).parent;
    if (!call || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== '__name') return;
    if (call.arguments.length !== 2 || unparen(call.arguments[0]) !== unparen(node) && call.arguments[0] !== node) return;
    const label = call.arguments[1];
    if (!ts.isStringLiteral(label)) return;
    const from = node.name.text;
    const to = label.text;
    if (from === to || !/^\d+$/.test(from.slice(to.length)) || !from.startsWith(to)) return;
    const decl = unparen(call).parent;
    const sameValue = decl && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && decl.name.text === to;
    return { scope: node, from, to, sameValue };
  }
  if (ts.isClassExpression(node) && node.name && node.name.text.startsWith('_')) {
    const from = node.name.text;
    const to = from.slice(1);
    const decl = unparen(node).parent;
    if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || decl.name.text !== from) return;
    const statement = decl.parent && decl.parent.parent;
    const block = statement && statement.parent;
    if (!block || !('statements' in block)) return;
    let named = false;
    let aliased = false;
    for (const s of block.statements) {
      if (ts.isExpressionStatement(s) && ts.isCallExpression(s.expression)) {
        const c = s.expression;
        if (ts.isIdentifier(c.expression) && c.expression.text === '__name' && c.arguments.length === 2 &&
          ts.isIdentifier(c.arguments[0]) && c.arguments[0].text === from &&
          ts.isStringLiteral(c.arguments[1]) && c.arguments[1].text === to) named = true;
      }
      if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) {
          if (ts.isIdentifier(d.name) && d.name.text === to && d.initializer && ts.isIdentifier(d.initializer) && d.initializer.text === from) aliased = true;
        }
      }
    }
    if (!named || !aliased) return;
    return { scope: node, from, to, sameValue: true };
  }
}

/** Is this identifier a property name (not a variable reference)? */
function propertyName(id) {
  const p = id.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) ||
    ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) && p.name === id) return true;
  if (ts.isBindingElement(p) && p.propertyName === id) return true;
  if ((ts.isLabeledStatement(p) || ts.isBreakStatement(p) || ts.isContinueStatement(p)) && p.label === id) return true;
  if (ts.isQualifiedName(p) && p.right === id) return true;
  if ((ts.isExportSpecifier(p) || ts.isImportSpecifier(p)) && p.propertyName === id) return true;
  return false;
}

function declares(id) {
  const p = id.parent;
  return !!p && p.name === id && (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) ||
    ts.isFunctionExpression(p) || ts.isClassDeclaration(p) || ts.isClassExpression(p) || ts.isBindingElement(p));
}

function collect(scope, from, to, sameValue, edits) {
  const mine = [];
  let safe = true;
  const walk = (node) => {
    if (!safe) return;
    if (ts.isIdentifier(node) && !propertyName(node)) {
      if (node.text === to) {
        // The source name already means something in here: renaming would change it, unless
        // it is the variable this very function initialises.
        if (!sameValue || declares(node)) safe = false;
      } else if (node.text === from) {
        mine.push(node);
      }
    }
    ts.forEachChild(node, walk);
  };
  walk(scope);
  if (!safe) return;
  for (const id of mine) {
    const p = id.parent;
    const start = id.getStart();
    if (ts.isShorthandPropertyAssignment(p) && p.name === id) edits.push({ pos: start, end: id.end, text: `${from}: ${to}` });
    else edits.push({ pos: start, end: id.end, text: to });
  }
}
