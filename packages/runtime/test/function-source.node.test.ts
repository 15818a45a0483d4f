// Function.prototype.toString in n10 programs: V8 3.14's form of a function's source.
import test from 'ava';
import { n10, oracle, sameAsOracle } from './helpers';

const program = `
  console.log(String(function(){}), String(function  foo  (a){return a}));
  console.log(String({ m: function(x) { return x; } }.m), String(Math.max));
  try { Function.prototype.toString.call({}); } catch (e) { console.log(e.message); }
  console.log(String(() => 1), String(class A {}));`;

test('Function.prototype.toString: "function " + name + the source from the parameters on; natives and non-0.10 syntax as they are', (t) => {
  const got = n10(['-e', program]);
  t.is(got.stderr, '');
  t.is(
    got.stdout,
    'function (){} function foo(a){return a}\nfunction (x) { return x; } function max() { [native code] }\nFunction.prototype.toString is not generic\n() => 1 class A {}\n',
  );
  // node 0.10 cannot parse the last line; everything before it is its output too.
  const head = program.slice(0, program.lastIndexOf('console.log'));
  t.is(n10(['-e', head]).stdout, oracle(['-e', head]).stdout);
});

test('Function.prototype is V8 3.14\'s Empty: its name and source (a vm context\'s too)', (t) => {
  sameAsOracle(
    t,
    "var fp = Function.prototype; console.log(JSON.stringify([fp.name, String(fp), fp.toString(), Function.prototype.toString.call(fp), require('vm').runInNewContext('Function.prototype.name + String(Function.prototype)'), String(function () {}.bind(null)), require('util').inspect(fp)]))",
  );
});
