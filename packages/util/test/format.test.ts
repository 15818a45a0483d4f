import test from 'ava';
import util from '@n10/util';

const cases: [unknown[], string][] = [
  [[], ''],
  [['plain'], 'plain'],
  [['%s:%s', 'foo'], 'foo:%s'],
  [['%s:%s', 'foo', 'bar', 'baz'], 'foo:bar baz'],
  [[1, 2, 3], '1 2 3'],
  [['%d', '42abc'], 'NaN'],
  [['%d', '0x10'], '16'],
  [['%d %d', 1.5, {}], '1.5 NaN'],
  [['%s', null], 'null'],
  [['%s', { a: 1 }], '[object Object]'],
  [['%s', [1, [2, 3]]], '1,2,3'],
  [['%j', { a: [1, 'two'], b: null }], '{"a":[1,"two"],"b":null}'],
  [['%j', undefined], 'undefined'],
  [['%j %j', 1], '1 %j'],
  [['%%'], '%'],
  [['%% %s', 'a'], '% a'],
  [['%s %%', 'a', 'b'], 'a % b'],
  [['%%s', 'x'], '%s x'],
  [['%x %s', 1], '%x 1'],
  [['%'], '%'],
  [['%', 1], '% 1'],
  [['%s%s%s', 'a', 'b'], 'ab%s'],
  [['a', { b: 1 }, [1], 'str', null, undefined, 5, true], 'a { b: 1 } [ 1 ] str null undefined 5 true'],
  [[{ a: 1 }, 'x'], "{ a: 1 } 'x'"],
  [[null], 'null'],
  [[undefined, 'a'], "undefined 'a'"],
  [[new Error('e')], '[Error: e]'],
  [['x', new Error('e')], 'x [Error: e]'],
  [['a\nb', { a: 'x\ny' }], "a\nb { a: 'x\\ny' }"],
  [[{ a: { b: { c: { d: {} } } } }], '{ a: { b: { c: [Object] } } }'],
  [['%d%%', 50], '50%'],
];

for (const [args, expected] of cases) {
  test(`util.format(format, [...]) ${JSON.stringify(args.map(String)).slice(0, 70)}`, (t) => {
    const format = util.format as (...a: unknown[]) => string;
    t.is(format(...args), expected);
  });
}

test('util.format — extra function arguments are printed as their source', (t) => {
  const fn = function named() { return 1; };
  t.is(util.format('x', fn), 'x ' + String(fn));
});

test('util.format — %j of a circular structure throws 0.10\'s TypeError', (t) => {
  const c: Record<string, unknown> = {};
  c.self = c;
  t.throws(() => util.format('%j', c), { instanceOf: TypeError, message: 'Converting circular structure to JSON' });
  t.is(util.format('obj', c), 'obj { self: [Circular] }');
});

test('util.format — %j that throws: JSON.stringify called again from a String#replace callback, as 0.10 did (its frames)', (t) => {
  const c: Record<string, unknown> = {};
  c.self = c;
  const e = t.throws(() => util.format('a %j', c));
  // (The frames only: an engine may word a cycle's message over several lines.)
  const frames = String(e?.stack).split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 4).join('\n');
  t.regex(frames, /stringify[^\n]*\n[^\n]*\n[^\n]*replace/, 'stringify, the callback, replace');
  const own = new Error('toJSON');
  let calls = 0;
  const bad = { toJSON: () => { calls++; throw own; } };
  t.is(t.throws(() => util.format('%j', bad)), own, "the toJSON's own error");
  t.is(calls, 2, 'toJSON ran twice: once on the fast path, once in the callback');
  t.is(util.format('%j %j', { a: [1] }, 'x'), '{"a":[1]} "x"');
});

// Built from text, so the sources are exactly as written (the test file itself is transpiled).
const fnFromSource = (src: string): Function => new Function('return ' + src)() as Function;

test('util.format(format, [...]): functions print their source as V8 3.14 did (%s and trailing arguments)', (t) => {
  t.is(util.format('%s', fnFromSource('function(){}')), 'function (){}');
  t.is(util.format('x', fnFromSource('function  foo /* c */ (a) { return a; }')), 'x function foo(a) { return a; }');
  t.is(util.format('%s', fnFromSource('function\nnamed\n(){}')), 'function named(){}');
  const accessor = Object.getOwnPropertyDescriptor(fnFromSource('function(){ return { get x(){ return 1; } }; }')(), 'x')!.get;
  t.is(util.format('%s', accessor), 'function x(){ return 1; }');
  t.is(util.format('%s', new Function('a', 'return a')), 'function anonymous(a) {\nreturn a\n}');
  t.is(util.format('%s', Math.max), 'function max() { [native code] }');
  const own = fnFromSource('function(){}') as Function & { toString(): string };
  own.toString = () => 'own';
  t.is(util.format('%s', own), 'own');
  t.is(util.format(fnFromSource('function(){}')), '[Function]');
});
