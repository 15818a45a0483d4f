// The source text node 0.10 printed for a function: what its V8 (3.14)'s
// Function.prototype.toString returned.
//
// V8 3.14 did not keep a function's source verbatim: it printed `function `, the declared
// name, then the source from the parameter list's `(` on. So `function(){}` read
// `function (){}`, `function  foo /* c */ (a) {}` read `function foo(a) {}`, an accessor
// `get x() {}` read `function x() {}`, and `new Function('a', 'return a')` read
// `function anonymous(a) {\nreturn a\n}` (today's V8: `function anonymous(a\n) {…`).
// util.format prints functions this way (`%s`, and functions after the format string), and
// so do assert's messages. Native and bound functions print as they do today.

const nativeToString = Function.prototype.toString;

/** The engine's own source text of `fn` (as today's engine writes it), whoever replaced Function.prototype.toString since. */
export function engineSource(fn: Function): string {
  return nativeToString.call(fn);
}

const SPACE_OR_COMMENT = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/;
const IDENTIFIER = /^[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*/;

function skip(src: string, pos: number): number {
  const m = SPACE_OR_COMMENT.exec(src.slice(pos));
  return pos + (m ? m[0].length : 0);
}

/** 0.10's `String(fn)` for a function whose toString is the engine's own. */
export function functionSource(fn: Function): string {
  const src = nativeToString.call(fn);
  let pos: number;
  if (src.startsWith('function')) pos = 8;
  else if (src.startsWith('get ') || src.startsWith('set ')) pos = 3;
  else return src; // a class, an arrow, a method: not 0.10 syntax
  pos = skip(src, pos);
  const id = IDENTIFIER.exec(src.slice(pos));
  const name = id ? id[0] : '';
  pos = skip(src, pos + name.length);
  if (src.charCodeAt(pos) !== 40 /* ( */) return src; // a generator, or something unforeseen
  if (name === 'anonymous' && src.endsWith('}')) {
    // new Function(params, body): today's engine puts a newline after the parameters.
    const m = /^\(([^]*)\n\) \{\n/.exec(src.slice(pos));
    if (m) return 'function anonymous(' + m[1] + ') {\n' + src.slice(pos + m[0].length);
  }
  if (/\{\s*\[native code\]\s*\}$/.test(src) && pos === 9 + name.length) return src;
  return 'function ' + name + src.slice(pos);
}

/** String(value) as node 0.10 had it: functions through functionSource, unless they bring their own toString. */
export function string010(value: unknown): string {
  if (typeof value === 'function' && value.toString === nativeToString) return functionSource(value);
  return String(value);
}
