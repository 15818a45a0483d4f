// Frame names of a program's anonymous functions as V8 3.14 inferred them (inferred-names.ts):
// `Object.Foo.bar` for `Foo.prototype = { bar: function () {…} }`, where today's engine names
// the function by its key.
import test from 'ava';
import { inferredName010 } from '../src/inferred-names';
import { n10, oracle, runFileBoth } from './helpers';

const WRAP = '(function (exports, require, module, __filename, __dirname) { ';

/** The name inferred for the first anonymous function after `marker` in `program` (a module). */
function nameAfter(program: string, marker: string): string | undefined {
  const source = `${WRAP}${program}\n});`;
  const at = source.indexOf('function', source.indexOf(marker));
  const before = source.slice(0, at).split('\n');
  return inferredName010(`test:${program}`, source, before.length, before[before.length - 1].length + 1);
}

test('object literal properties, assignments and var initializers name functions after the whole path, "prototype" left out', (t) => {
  t.is(nameAfter('Foo.prototype = { bar: function () {} };', 'bar'), 'Foo.bar');
  t.is(nameAfter('module.exports = { run: function () {} };', 'run'), 'module.exports.run');
  t.is(nameAfter('var api = { nested: { deep: function () {} } };', 'deep'), 'api.nested.deep');
  t.is(nameAfter('a.b["c d"] = function () {};', 'a.b'), 'a.b.c d');
  t.is(nameAfter('var x = foo({ m: function () {} });', 'm:'), 'foo.m');
  t.is(nameAfter('var f = function () {};', 'var f'), 'f');
  t.is(nameAfter('var g = function () {}();', 'var g'), '');
});

test("a function no naming reached waits for the next one of the same parse (0.10's `n` for a nextTick callback)", (t) => {
  t.is(nameAfter('process.nextTick(function () {});\nvar n = 0;', 'nextTick'), 'n');
  t.is(nameAfter('var t = setTimeout(function () {}, 1);', 'setTimeout'), '');
});

test("a function compiled on its first call names its functions afresh, after its own name if a constructor's", (t) => {
  t.is(nameAfter('function Foo() { this.handlers = { data: function () {} }; }', 'data'), 'Foo.handlers.data');
  t.is(nameAfter('function setup() { return { data: function () {} }; }', 'data'), 'data');
  t.is(nameAfter('console.log((function () { var self = { m: function () {} }; return self; })());', 'm:'), 'console.log.self.m');
});

test('err.stack of a program: frame names as node 0.10 printed them', (t) => {
  const program =
    'function st() { return new Error().stack.split("\\n")[2].trim(); }\n' +
    'function Foo() {}\n' +
    'Foo.prototype = { bar: function () { return st(); } };\n' +
    'var api = { run: function () { return st(); }, nested: { deep: function () { return st(); } } };\n' +
    'module.exports = { exp: function () { return st(); } };\n' +
    'var cb = [function () { return st(); }];\n' +
    'var c = {}; c.foo = function () { return st(); }; c.bar = c.foo;\n' +
    'console.log(new Foo().bar(), api.run(), api.nested.deep(), module.exports.exp(), cb[0](), c.bar());\n' +
    'process.nextTick(function () { console.log(st()); });\n' +
    'var n = 0;\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /Object\.Foo\.bar .*Array\.cb \[as 0\]/);
});

test('an uncaught error thrown in an object literal method: the same report as node 0.10', (t) => {
  const program = 'var handlers = {\n  data: function (x) {\n    throw new Error("bad " + x);\n  }\n};\nhandlers.data(1);\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stderr, theirs.stderr);
  t.regex(theirs.stderr, /at Object\.handlers\.data/);
});

test('-e code is named by the same rules', (t) => {
  const program = 'var o = { m: function () { return new Error().stack.split("\\n")[1]; } }; console.log(o.m());';
  t.is(n10(['-e', program]).stdout, oracle(['-e', program]).stdout);
});
