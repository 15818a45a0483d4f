// Function.prototype.bind as V8 3.14's: bound functions are named '' (programs print fn.name,
// libraries name handlers by it), keep the target's arity less the bound arguments, print as
// native code, construct the target (instanceof answers as for the target); bind itself is the builtin 'bind' of length 1, and a
// non-function receiver fails in the engine's words, its frame the native one.
function foo(a, b) { return [this && this.tag, a, b].join(); }
var g = foo.bind({ tag: 't' }, 1);
console.log(JSON.stringify(g.name), g.length, String(g), g(2), typeof g);
console.log(JSON.stringify(g.bind(null).name), g.bind(null, 2, 3).length, (function (a, b, c) {}).bind(null, 1, 2, 3, 4).length);
console.log(require('util').inspect({ handler: g }), Object.keys(g), g.hasOwnProperty('name'));
var B = function B(x) { this.x = x; }; B.prototype.y = 2;
var BB = B.bind(null, 7);
var i = new BB();
console.log(i.x, i.y, i instanceof B, i instanceof BB, i.constructor === B);
console.log(Function.prototype.bind.length, Function.prototype.bind.name, String(Function.prototype.bind));
try { Function.prototype.bind.call(5); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { g.arguments; } catch (e) { console.log(e.name, e.message); }
var names = [];
[function () {}, foo, foo.bind(null), setTimeout.bind(null)].forEach(function (f) { names.push(JSON.stringify(f.name)); });
console.log(names.join(' '));
var Math2 = Math.max.bind(null, 3);
console.log(Math2(1, 2), Math2.length, new (Function.prototype.bind.apply(Date, [null, 0]))().getTime());
