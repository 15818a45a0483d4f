// Builtins the runtime replaces print as 0.10's engine printed its own.
import test from 'ava';
import { n10, oracle, sameAsOracle } from './helpers';

test('JSON.parse, JSON.stringify and Function.prototype.toString print as [native code] builtins', (t) => {
  const program =
    'console.log(String(JSON.parse), String(JSON.stringify), Function.prototype.toString.toString(), JSON.parse.length, JSON.stringify.length, JSON.stringify.name)';
  const mine = n10(['-e', program]);
  t.is(mine.stdout, oracle(['-e', program]).stdout);
  t.regex(mine.stdout, /^function parse\(\) \{ \[native code\] \}/);
});

test('JSON.stringify(value, replacer, space) through the replacement: replacers, space, undefined, lone surrogates written raw', (t) => {
  const program =
    "console.log(JSON.stringify({a: [1, {b: 2}], c: 'x'}, null, 2), JSON.stringify({a: 1, b: 2}, ['b']), JSON.stringify({a: 1}, function (k, v) { return typeof v === 'number' ? v * 10 : v }), JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify('\\u2028'), JSON.stringify(new Date(0)), escape(JSON.stringify(['\\ud800', 'a\\udc00b', '\\\\ud800', '\\ud83d\\ude00'])))";
  sameAsOracle(t, program);
});
