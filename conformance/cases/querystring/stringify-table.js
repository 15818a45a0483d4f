// querystring.stringify over objects and values of every kind, with and without sep/eq/name.
var qs = require('querystring');
var show = require('./fixtures/print');
var line = show.line;

var objects = [
  { foo: 'bar', baz: ['qux', 'quux'], corge: '' },
  { a: 1, b: true, c: false, d: null, e: undefined, f: NaN, g: Infinity, h: -0, i: 1.5e300 },
  { arr: [1, 'two', null, undefined, true, {}, []] },
  { empty: [] , after: 'x' },
  { nested: { a: 1 }, fn: function () {}, date: new Date(0) },
  { 'sp ace': 'a b', 'am&p': 'x&y', 'eq=': '=', plus: '+', pct: '%', slash: '/', q: '?', hash: '#' },
  { unicode: 'ü中文😀', reserved: "!'()*-._~" },
  { '': 'empty key', ' ': ' ' },
  {}
];
objects.forEach(function (o) {
  line(show([qs.stringify(o), qs.stringify(o, ';', ':'), qs.encode(o, '&amp;')]));
});
line(show([qs.stringify([1, 2]), qs.stringify('str'), qs.stringify('str', '&', '=', 'name'), qs.stringify(5, ';', ':', 7),
  qs.stringify(null, null, null, 'x'), qs.stringify(undefined), qs.stringify(true, null, null, 'b')]));
var sparse = [1, 2];
sparse[4] = 'x';
line(show(qs.stringify({ s: sparse })));
try {
  qs.stringify({ bad: '\ud800' });
} catch (e) {
  line(e.name + ': ' + e.message);
}
