// SlowBuffer.prototype.copy(target, targetStart, sourceStart, sourceEnd): 0.10's C++ copy,
// positions as uint32s (sourceEnd absent: the end), its own order of checks.
var SlowBuffer = require('buffer').SlowBuffer;
var s = require('./fixtures/show');
var A = [undefined, null, 0, 1, 3, 6, 8, -1, 1.5, '2', true, NaN, 4294967297];
function src() { var b = new SlowBuffer(6); for (var i = 0; i < 6; i++) b[i] = i + 1; return b; }
A.forEach(function (a) {
  A.forEach(function (b) {
    console.log(s.name(a) + ', ' + s.name(b) + ': ' + A.map(function (c) {
      return s.attempt(function () { var t = new SlowBuffer(8); t.fill(0, 0, 8); var r = src().copy(t, a, b, c); return [r, t]; });
    }).join(' | '));
  });
});
[function () { return new Buffer(4); }, function () { return new SlowBuffer(2); }, function () { return {}; }, function () { return 'abc'; }, function () { return []; }].forEach(function (mk) {
  console.log(s.attempt(function () { var t = mk(); if (Buffer.isBuffer(t)) t.fill(0); var r = src().copy(t, 0, 0, 4); return [r, t]; }));
});
var b = src();
console.log(s.attempt(function () { return [b.copy(b, 1, 0, 4), b]; }));
