// new Buffer(size | array | string, encoding): sizes, array-likes, encodings, calls without new.
var s = require('./fixtures/show');
// (0.10 left new Buffer(n) uninitialised, so sizes print only the length.)
[0, 1, 3, 1.5, 2.9, -1, -0.5, NaN, Infinity, -Infinity, 1073741823.5, 1073741825, 2147483648, 4294967296, 1e20].forEach(function (n) {
  console.log('size ' + n + ': ' + s.attempt(function () { return new Buffer(n).length; }));
});
[[1, 256, -1, 1.5, '7', 'x', null, undefined, true, 300.7, -300.7], [], {}, { length: 3, 0: 1, 1: 2 }, { length: 1.5, 0: 5, 1: 6 }, { length: -1 }, { length: 'x' },
 null, undefined, true, 'hi', function () {}].forEach(function (v, i) {
  console.log('subject ' + i + ': ' + s.attempt(function () { return new Buffer(v); }));
});
[undefined, 'utf8', 'hex', 'base64', 'ascii', 'binary', 'ucs2', 'foo', 'raw', 0, 1, 3, 10, -1, 1.5, NaN, null, true].forEach(function (e) {
  console.log('string with ' + s.name(e) + ': ' + s.attempt(function () { return new Buffer('616263', e); }));
});
console.log('copy of a buffer', s.attempt(function () { var a = new Buffer([1, 2]); var b = new Buffer(a); b[0] = 9; return [a, b]; }));
console.log('without new', s.attempt(function () { return [Buffer('hi'), Buffer([1, 2]), Buffer(2).length, Buffer(2) instanceof Buffer]; }));
console.log('arguments', s.attempt(function () { return (function () { return new Buffer(arguments); })(1, 2, 3); }));
console.log('slicing form', s.attempt(function () { return new Buffer('abcd', 'utf8', 1); }));
console.log('length', new Buffer(1234).length, new Buffer('\u00bd + \u00bc = \u00be').length);
