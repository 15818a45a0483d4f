// (Continued.) An uncaught throw's site on stderr: the throw statement's line, the caret where V8 3.14
// put it (the last part of the thrown expression that recorded a position: a name, a property's
// `.` or `[`, a call, `new`, an operator; the `throw` keyword when nothing did).
var shapes = [
  'throw ~n;', 'throw +s;', 'throw void n;', 'throw delete o.x;', 'throw n++;', 'throw ++n;',
  'throw n = 3;', 'throw o.x = 3;', 'throw n += 3;', 'throw o.a[0];', 'throw o.e.message;',
  'throw new Error(h());', 'throw new Error("x" + s);', 'throw h(o.e, s);', "throw o['f']();",
  'throw (h)();', 'throw h.call(null);', 'throw o.f.call(null);', 'throw {a: e};', 'throw [s, 1];',
  'throw "a" + "b";', 'throw 1 + 2;', 'throw s + 1;', 'throw -5;', 'throw Math.PI;',
  'throw e.message + s;', 'throw String(s);', 'throw /x/;', 'throw function(){ return e }();',
  'throw this.x;', 'throw(e);', 'do throw e; while (0)', 'switch (n) { case 5: throw s; }',
  'if (0) {} else throw o.e'
];
var prelude = 'var e = new Error("x"), o = {e: e, f: function(){return e}, a: [e]}, s = "str", n = 5, t = true, z = 0;\n' +
  'function h(){ return e }\nfunction k(a1) {\n  ';
require('../../lib/uncaught-heads')(shapes.map(function (shape) {
  return prelude + shape + '\n}\nk(e);';
}), function (src) { return src.split('\n')[3].trim(); });
