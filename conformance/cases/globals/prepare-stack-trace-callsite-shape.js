// The call sites a program's Error.prepareStackTrace gets are shaped as V8 3.14's CallSite
// objects: own receiver, fun and pos (the callsite package and better-assert read stack[0].fun
// to start an AssertionError's stack there), the methods inherited, not enumerable.
function sites(above) {
  var o = Error.prepareStackTrace;
  Error.prepareStackTrace = function (_, s) { return s; };
  var e = new Error();
  Error.captureStackTrace(e, above);
  var s = e.stack;
  Error.prepareStackTrace = o;
  return s;
}
function f() {
  var s = sites(f);
  console.log(Object.keys(s[0]), s[0].fun === g, typeof s[0].receiver, s[0].pos, Object.keys(Object.getPrototypeOf(s[0])).length);
  console.log(s[0].getFunctionName(), s[0].getLineNumber(), s[0].getColumnNumber(), typeof s[1].fun, s[1].getFileName() === __filename);
}
function g() { f(); }
g();
var assert = require('assert');
function check() {
  var s = sites(check);
  try { assert.ok(false); } catch (e) { /* a caught one */ }
  var err = new assert.AssertionError({ message: 'from a call site', stackStartFunction: s[0].fun });
  console.log(err.stack.split('\n').slice(0, 2).join(' | ').replace(/\(.*[\\\/]/, '('));
}
function caller() { check(); }
caller();
