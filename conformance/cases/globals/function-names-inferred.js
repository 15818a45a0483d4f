// A function expression's `name` is '' unless the function names itself (V8 3.14 did not name
// functions after the variable or key they were assigned to); constructors so made too.
var f = function () {};
var g; g = function () {};
var h = function named() {};
var o = { key: function () {}, 'quoted key': function () {}, n: function inner() {} };
o.member = function () {};
var Ctor = function () {};
Ctor.prototype.method = function () {};
var pick = true ? function () {} : null;
var x = 1, y = function () {}, z = [function () {}];
function declared() {}
console.log(JSON.stringify([f.name, g.name, h.name, o.key.name, o['quoted key'].name, o.n.name, o.member.name,
  Ctor.name, new Ctor().constructor.name, Ctor.prototype.method.name, pick.name, y.name, z[0].name, declared.name]));
console.log(f, o, Ctor, [y]);
console.log(String(function () { var q = function () { return 1 }; return { a: function () {} }; }));
// Stacks still show the names V8 3.14 inferred.
var thrower = function () { return new Error('x').stack.split('\n')[1].replace(/\(.*\//, '('); };
var holder = { run: function () { return thrower(); } };
console.log(holder.run());
console.log(x === 1 ? 'ok' : 'no', (function () { var a = 2, b = a == function () {} ? 1 : 0; return b; })());
