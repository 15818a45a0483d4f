// The name 0.10's inspect prints for a function: `[Function: name]`.
//
// Node 0.10's V8 gives a function a name only when its source declares one
// (`function foo() {}`); `var f = function () {}` and `{ f: function () {} }` are
// anonymous there and print `[Function]`. Current engines infer `.name` from the
// assignment, so `.name` alone would print `[Function: f]`. The source text tells the two
// apart: the name is read from it for `function` and `class` sources (native functions
// included: `function max() { [native code] }`, bound ones: `function () { … }`).

import { engineSource } from './function-source';

const declared = /^(?:async\s*)?function\b\s*\*?\s*([^\s(]*)\s*\(/;
const classDeclared = /^class\b\s*(?!extends\b)([^\s{]*)/;
// `new Function(…)` sources read `function anonymous(a\n) {`: V8 3.14 named those ''.
const fromFunctionCtor = /^function anonymous\([^)]*\n\) \{\n/;

export function functionName(fn: Function): string {
  if (fn === Function.prototype) return 'Empty'; // V8 3.14's name for it
  let src: string;
  try {
    // Looked up at each call: the n10 runtime's says what V8 3.14's said (a builtin's name included).
    src = Function.prototype.toString.call(fn);
  } catch {
    return typeof fn.name === 'string' ? fn.name : '';
  }
  // A declared name is the function's `.name`, unless a bundler renamed the declaration to
  // avoid a clash and kept the original in `.name` (esbuild's keepNames, which n10's
  // packages build with); V8 3.14 made `.name` read-only, so a 0.10 program cannot have
  // changed it.
  let m = declared.exec(src);
  if (m) {
    // (The n10 runtime's toString writes those as 0.10 did: the engine's own text tells.)
    if (!m[1] || (m[1] === 'anonymous' && (fromFunctionCtor.test(src) || fromFunctionCtor.test(engineSource(fn))))) return '';
    return typeof fn.name === 'string' ? fn.name : m[1];
  }
  m = classDeclared.exec(src);
  if (m) return m[1] && typeof fn.name === 'string' ? fn.name : m[1];
  // An arrow has no name of its own; a method (`foo() {}`) keeps the one it was given.
  if (/^(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*=>/.test(src)) return '';
  return typeof fn.name === 'string' ? fn.name : '';
}
