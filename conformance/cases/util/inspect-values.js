// util.inspect of many values, default options: every line must match node 0.10 byte for byte.
var util = require('util');

function rep(s, n) { return new Array(n + 1).join(s); }
function show(label, v) { console.log(label + ' -> ' + util.inspect(v)); }

var values = [];
function add(label, fn) { values.push([label, fn]); }

add('undefined', function () { return undefined; });
add('null', function () { return null; });
add('true', function () { return true; });
add('zero', function () { return 0; });
add('negative zero', function () { return -0; });
add('float', function () { return 3.14159; });
add('big number', function () { return 1e21; });
add('NaN', function () { return NaN; });
add('-Infinity', function () { return -Infinity; });
add('empty string', function () { return ''; });
add('string with quotes', function () { return 'it\'s "quoted"'; });
add('string with controls', function () { return 'a\nb\tc\r\u0001\u001f\b\f\\'; });
add('unicode string', function () { return 'h\u00e9llo \u4e16\u754c'; });
add('empty array', function () { return []; });
add('empty object', function () { return {}; });
add('flat array', function () { return [1, 'two', null, undefined, true]; });
add('sparse array', function () { return [1, , 3, , ]; });
add('holes only', function () { return new Array(4); });
add('array with props', function () { var a = [1, 2]; a.extra = 'x'; a[6] = 7; return a; });
add('long array', function () { var a = []; for (var i = 0; i < 30; i++) a.push(i * 3); return a; });
add('array of 100', function () { var a = []; for (var i = 0; i < 100; i++) a.push(i); return a; });
add('long strings array', function () { return [rep('a', 30), rep('b', 30)]; });
add('nested arrays', function () { return [[1, [2, [3, [4, [5]]]]]]; });
add('flat object', function () { return { a: 1, b: 'two', c: null }; });
add('quoted keys', function () { return { 'a-b': 1, 'c d': 2, '3x': 3, $d: 4, _e: 5, "f'g": 6, '': 7, '12': 8 }; });
add('nested object', function () { return { a: { b: { c: { d: { e: 1 } } } } }; });
add('wide object', function () { var o = {}; for (var i = 0; i < 12; i++) o['key' + i] = 'value' + i; return o; });
add('object, multi-line child', function () { return { short: 1, long: { x: rep('x', 40), y: rep('y', 40) } }; });
add('array of objects', function () { return [{ name: 'alpha', value: 1 }, { name: 'beta', value: 2 }, { name: 'gamma', value: 3 }]; });
add('circular object', function () { var o = { name: 'o' }; o.self = o; o.list = [o, { back: o }]; return o; });
add('circular array', function () { var a = [1]; a.push(a); return a; });
add('anonymous function', function () { return function () {}; });
add('named function', function () { return function namedFn(a, b) { return a + b; }; });
add('function with properties', function () { var f = function fp() {}; f.count = 3; f.meta = { tags: ['a', 'b'] }; return f; });
add('anonymous fn with props', function () { var f = function () {}; f.x = 1; return f; });
add('builtin function', function () { return Math.max; });
add('constructor', function () { return Object; });
add('boxed string', function () { return new String('box'); });
add('boxed string with prop', function () { var s = new String('ab'); s.extra = true; return s; });
add('boxed number', function () { return new Number(42); });
add('boxed boolean', function () { return new Boolean(false); });
add('date', function () { return new Date(0); });
add('date with props', function () { var d = new Date(86400000); d.note = 'x'; return d; });
add('invalid date', function () { return new Date(NaN); });
add('regexp', function () { return /ab+c\/d/gi; });
add('regexp with props', function () { var r = /x/m; r.tag = 1; return r; });
add('error', function () { return new Error('boom'); });
add('type error', function () { return new TypeError('bad type'); });
add('error with props', function () { var e = new Error('coded'); e.code = 'ECODE'; e.errno = 34; return e; });
add('error without message', function () { return new RangeError(); });
add('getters and setters', function () {
  var o = { plain: 1 };
  Object.defineProperty(o, 'g', { get: function () { return 1; }, enumerable: true });
  Object.defineProperty(o, 's', { set: function (v) {}, enumerable: true });
  Object.defineProperty(o, 'gs', { get: function () { return 1; }, set: function (v) {}, enumerable: true });
  return o;
});
add('literal accessors', function () { return { get a() { return 1; }, set b(v) {} }; });
add('arguments object', function () { return (function () { return arguments; })(1, 'a', [2]); });
add('null prototype', function () { var o = Object.create(null); o.k = 'v'; return o; });
add('instance', function () { function Point(x, y) { this.x = x; this.y = y; } return new Point(1, 2); });
add('custom inspect', function () { return { inspect: function () { return 'CUSTOM!'; } }; });
add('custom inspect nested', function () { return { child: { inspect: function (depth) { return '<depth ' + depth + '>'; } } }; });
add('custom inspect non-string', function () { return { inspect: function () { return 42; } }; });
add('prototype with inspect', function () { function K() {} K.prototype.inspect = function () { return 'K'; }; return [K.prototype, new K()]; });
add('mixed deep', function () { return { list: [1, { deeper: [2, { deepest: [3] }] }], fn: function () {}, re: /r/, d: new Date(0) }; });
add('depth cutoff array', function () { return [[[[[1]]]]]; });
add('multi-line inside array', function () { return [{ aaaa: rep('a', 30), bbbb: rep('b', 30) }, 'tail']; });
add('object with array child', function () { return { items: [rep('i', 25), rep('j', 25), rep('k', 25)], n: 1 }; });
add('exactly 60', function () { return [rep('x', 25), rep('y', 29)]; });
add('just over 60', function () { return [rep('x', 25), rep('y', 30)]; });
add('nested empty', function () { return { a: [], b: {}, c: [[]], d: [{}] }; });
add('function in array', function () { return [function () {}, function f2() {}, Math.min]; });
add('numeric-like keys', function () { return { '1': 'one', '01': 'zero-one', '1.5': 'x', '-1': 'neg' }; });

for (var i = 0; i < values.length; i++) show(values[i][0], values[i][1]());
console.log(values.length + ' values');
