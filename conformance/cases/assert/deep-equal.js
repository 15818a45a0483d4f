// assert.deepEqual / notDeepEqual: 0.10's equivalence rules.
var assert = require('assert');
var vm = require('vm');

function de(a, b) {
  var eq;
  try { assert.deepEqual(a, b); eq = true; } catch (e) { eq = e.name === 'AssertionError' ? false : e.name; }
  var ne;
  try { assert.notDeepEqual(a, b); ne = true; } catch (e) { ne = e.name === 'AssertionError' ? false : e.name; }
  return eq + '/' + ne;
}
function F() { this.a = 1; }
function args() { return arguments; }

var rows = [
  ['same ref', (function () { var o = {}; return [o, o]; })()],
  ['1 vs "1"', [1, '1']],
  ['true vs 1', [true, 1]],
  ['0 vs false', [0, false]],
  ['"" vs 0', ['', 0]],
  ['null vs undefined', [null, undefined]],
  ['NaN vs NaN', [NaN, NaN]],
  ['[] vs ""', [[], '']],
  ['object vs string', [{ 0: 's', 1: 't', 2: 'r' }, 'str']],
  ['string vs object', ['str', { 0: 's', 1: 't', 2: 'r' }]],
  ['array vs object', [[1, 2], { 0: 1, 1: 2 }]],
  ['array trailing undefined', [[1, 2], [1, 2, undefined]]],
  ['nested equal', [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }]],
  ['key order', [{ a: 1, b: 2 }, { b: 2, a: 1 }]],
  ['different keys', [{ a: undefined }, { b: undefined }]],
  ['nested coercion', [[1, [2]], [1, ['2']]]],
  ['dates equal', [new Date(0), new Date(0)]],
  ['dates differ', [new Date(0), new Date(1)]],
  ['date vs number', [new Date(0), 0]],
  ['date from other context', [vm.runInNewContext('new Date(0)'), new Date(0)]],
  ['regexps equal', [/a/g, /a/g]],
  ['regexp flags differ', [/a/g, /a/i]],
  ['regexp lastIndex differs', (function () { var r = /a/g; r.lastIndex = 3; return [/a/g, r]; })()],
  ['regexp vs string', [/a/, '/a/']],
  ['regexp from other context', [vm.runInNewContext('/a/g'), /a/g]],
  ['prototype ignored', [new F(), { a: 1 }]],
  ['prototype ignored (reverse)', [{ a: 1 }, new F()]],
  ['Object.create', [Object.create({ x: 1 }), {}]],
  ['functions', [function () {}, function () {}]],
  ['prototype property', [{ prototype: 1 }, { prototype: 2 }]],
  ['arguments vs array', [args(1, 2), [1, 2]]],
  ['array vs arguments', [[1, 2], args(1, 2)]],
  ['arguments vs arguments', [args(1, 2), args(1, 2)]],
  ['buffers equal', [new Buffer('ab'), new Buffer('ab')]],
  ['buffers differ', [new Buffer('ab'), new Buffer('ac')]],
  ['buffers differ in length', [new Buffer('ab'), new Buffer('abc')]],
  ['buffer vs array', [new Buffer('ab'), [97, 98]]],
  ['buffer with extra prop', (function () { var b = new Buffer('ab'); b.x = 1; return [b, new Buffer('ab')]; })()],
  ['String object vs string', [new String('a'), 'a']],
  ['Number objects', [new Number(1), new Number(2)]],
  ['Boolean objects', [new Boolean(true), new Boolean(false)]],
  ['empty array vs empty object', [[], {}]],
  ['sparse vs dense', [[1, , 3], [1, undefined, 3]]]
];
rows.forEach(function (r) { console.log(r[0] + ': ' + de(r[1][0], r[1][1])); });

try {
  var c = {}; c.c = c;
  assert.deepEqual(c, { a: 1 });
} catch (e) {
  console.log('cyclic vs other:', e.name, e.message);
}
