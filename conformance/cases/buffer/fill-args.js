// buf.fill(value, offset, end): values of every type, bounds of every kind, return values.
var s = require('./fixtures/show');
function dots() { var b = new Buffer(6); b.fill(0x2e); return b; }
[1, 257, -1, 1.5, 'a', 'abc', '', '\u00e9', '\u0100', null, undefined, NaN, true, {}, [1], Infinity, 2147483647, 2147483648, -2147483648, '1'].forEach(function (v) {
  console.log('value ' + s.name(v) + ': ' + s.attempt(function () { var b = dots(); var r = b.fill(v); return [r, b]; }));
});
var V = [undefined, null, 0, 1, 2, 5, 6, 7, -1, 1.5, NaN, Infinity, -Infinity, '2', 'x', '', true, false];
V.forEach(function (a) {
  console.log(s.name(a) + ': ' + V.map(function (b) {
    return s.attempt(function () { var buf = dots(); var r = buf.fill(0x41, a, b); return r + ' ' + buf.toString(); });
  }).join(' | '));
});
console.log('empty buffer', s.attempt(function () { return new Buffer(0).fill(1); }));
