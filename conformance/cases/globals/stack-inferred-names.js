// Frame names of a program's anonymous functions as V8 3.14 inferred them while parsing: the
// path of names leading to the function ("prototype" left out), a function nobody named taking
// the next naming of its parse, a constructor's name starting the names inside it, the method a
// receiver held it under ([as 0]).
function top() {
  return new Error().stack.split('\n')[2].replace(/\(.*[\/\\]/, '(');
}
function Foo() {
  this.handlers = { data: function () { return top(); } };
}
Foo.prototype = {
  bar: function () { return top(); },
  baz: function named() { return top(); }
};
Foo.prototype.qux = function () { return top(); };
var api = { run: function () { return top(); }, nested: { deep: function () { return top(); } } };
module.exports = { exp: function () { return top(); } };
exports.other = function () { return top(); };
var list = [function () { return top(); }];
var c = {};
c.foo = function () { return top(); };
c.bar = c.foo;
var keyed = {};
keyed['a key'] = function () { return top(); };
var made = (function () {
  var self = { m: function () { return top(); } };
  return self;
})();
function setup() {
  return { inner: function () { return top(); } };
}
var o = { get port() { return top(); } };
var foo = new Foo();
console.log(foo.bar());
console.log(foo.baz());
console.log(foo.qux());
console.log(foo.handlers.data());
console.log(api.run());
console.log(api.nested.deep());
console.log(module.exports.exp());
console.log(exports.other());
console.log(list[0]());
console.log(c.bar());
console.log(keyed['a key']());
console.log(made.m());
console.log(setup().inner());
console.log(o.port);
process.nextTick(function () { console.log(top()); });
setTimeout(function () { console.log(top()); }, 1);
var later = 1;
