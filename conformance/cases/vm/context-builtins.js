// The builtins of a vm context behave as node 0.10's engine had them, like the program's own:
// Date's forms and parsing, Array#sort's order, Function#toString, trim, Object.keys on a
// primitive, JSON, __proto__ on a null-prototype object, number formats, localeCompare.
var vm = require('vm');

var program = [
  'var out = [];',
  'function show(name, f) { var r; try { r = JSON.stringify(f()); } catch (e) { r = "THROW " + e.name + " " + (e instanceof TypeError); } out.push(name + " " + r); }',
  'show("date toString", function () { return new Date(0).toString(); });',
  'show("date UTC string", function () { return new Date(0).toUTCString(); });',
  'show("date locale", function () { return [new Date(0).toLocaleDateString(), new Date(0).toLocaleTimeString()]; });',
  'show("Date()", function () { return typeof Date(); });',
  'show("Date.parse", function () { return [Date.parse("2013-01-01T00:00"), Date.parse("2013-01-01T24:00"), Date.UTC(2013)]; });',
  'show("sort", function () { var a = []; for (var i = 0; i < 20; i++) a.push({ k: i % 3, i: i }); a.sort(function (x, y) { return x.k - y.k; }); return a.map(function (x) { return x.i; }).join(); });',
  'show("fn toString", function () { return (function(a,b){return a+b}).toString(); });',
  'show("trim", function () { return "\\u200b a \\u200b".trim(); });',
  'show("keys of a string", function () { return Object.keys("ab"); });',
  'show("JSON lone surrogate", function () { return JSON.stringify("\\ud800").length; });',
  'show("JSON.parse array", function () { return JSON.parse("[1]") instanceof Array; });',
  'show("null proto", function () { var o = Object.create(null); o.__proto__ = Object.prototype; return [Object.keys(o).length, typeof o.hasOwnProperty, Object.getPrototypeOf(Object.create(null))]; });',
  'show("number formats", function () { return [(0.5).toString(2), (1234.5).toLocaleString(), Math.pow(10, -5)]; });',
  'show("localeCompare", function () { return ["b", "a", "B", "A"].sort(function (x, y) { return x.localeCompare(y); }); });',
  'show("instanceof", function () { return [new Date(0) instanceof Date, Object.prototype.toString.call(new Date(0))]; });',
  'out.join("\\n")',
].join('\n');

console.log(vm.runInNewContext(program, {}));
var ctx = vm.createContext({});
console.log(vm.runInContext(program, ctx) === vm.runInNewContext(program));
console.log(vm.runInNewContext('new Date(0)') instanceof Date, typeof vm.runInNewContext('new Date(0)').getTime);
// A bound function made in a context is the context's function, named '' (V8 3.14's bind).
console.log(vm.runInNewContext('var f = function (a) {}; var g = f.bind(null); [JSON.stringify(g.name), g.length, Object.getPrototypeOf(g) === Function.prototype, g instanceof Function, String(g)].join(" ")'));
