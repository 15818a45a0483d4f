// A vm context's builtins behave as 0.10's engine had them, like the program's own (engine010.ts
// lends its installer to @n10/vm, which calls it with each new context's global).
import test from 'ava';
import { runFileBoth } from './helpers';

const program = `
var vm = require('vm');
var code = [
  'var out = [];',
  'function show(name, f) { var r; try { r = JSON.stringify(f()); } catch (e) { r = "THROW " + e.name + " " + (e instanceof TypeError); } out.push(name + " " + r); }',
  'show("date", function () { return [new Date(0).toString(), new Date(0).toUTCString(), new Date(0).toLocaleDateString(), typeof Date()]; });',
  'show("Date.parse", function () { return [Date.parse("2013-01-01T00:00"), Date.parse("2013-01-01T24:00"), Date.UTC(2013)]; });',
  'show("sort", function () { var a = []; for (var i = 0; i < 20; i++) a.push({ k: i % 3, i: i }); a.sort(function (x, y) { return x.k - y.k; }); return a.map(function (x) { return x.i; }).join(); });',
  'show("fn toString", function () { return (function(a){return a}).toString(); });',
  'show("trim", function () { return "\\\\u200b a \\\\u200b".trim(); });',
  'show("Object.keys(string)", function () { return Object.keys("ab"); });',
  'show("JSON", function () { return [JSON.stringify("\\\\ud800").length, JSON.parse("[1]") instanceof Array]; });',
  'show("null proto", function () { var o = Object.create(null); o.__proto__ = Object.prototype; return [Object.keys(o).length, typeof o.hasOwnProperty]; });',
  'show("numbers", function () { return [(0.5).toString(2), (1234.5).toLocaleString(), Math.pow(10, -5), "b".localeCompare("B")]; });',
  'show("instanceof", function () { return [new Date(0) instanceof Date, Object.prototype.toString.call(new Date(0))]; });',
  'out.join("\\\\n")',
].join('\\n');
console.log(vm.runInNewContext(code, {}));
console.log(vm.runInContext(code, vm.createContext({})));
`;

test("vm.runInNewContext / runInContext: the context has 0.10's Date, sort, Function#toString, trim, Object.keys, JSON, __proto__, number formats", (t) => {
  const { mine, theirs } = runFileBoth(program);
  t.is(theirs.code, 0);
  t.is(mine.stdout, theirs.stdout);
  t.regex(mine.stdout, /sort "0,18,3,6,15,9,12,7,4,16,1,13,19,10,11,14,8,5,17,2"/);
});
