// An uncaught throw's site on stderr: the throw statement's line, the caret where V8 3.14 put
// it (the last part of the thrown expression that recorded a position: a name, a property's
// `.` or `[`, a call, `new`, an operator; the `throw` keyword when nothing did).
var shapes = [
  'throw e;', 'throw  e ;', 'throw o.e;', "throw o['e'];", 'throw o.f();', 'throw h();',
  "throw new Error('y');", "throw Error('y');", 'throw "lit";', 'throw 42;', 'throw s;',
  'throw null;', 'throw undefined;', 'throw {a: 1};', 'throw [1];', 'throw (e);', "throw s + 'x';",
  'if (1) throw e', 'throw function(){};', 'throw new TypeError;', 'throw this;', 'throw !s;',
  'throw -n;', 'throw a1;', 'throw e || s;', 'throw z || s;', 'throw e && s;', 'throw t ? e : s;',
  'throw z ? e : s;', 'throw (t ? e : s);', 'throw n == 5;', 'throw n === 5;', 'throw n < 5;',
  'throw n in o;', 'throw e instanceof Error;'
];
var prelude = 'var e = new Error("x"), o = {e: e, f: function(){return e}, a: [e]}, s = "str", n = 5, t = true, z = 0;\n' +
  'function h(){ return e }\nfunction k(a1) {\n  ';
require('../../lib/uncaught-heads')(shapes.map(function (shape) {
  return prelude + shape + '\n}\nk(e);';
}), function (src) { return src.split('\n')[3].trim(); });
