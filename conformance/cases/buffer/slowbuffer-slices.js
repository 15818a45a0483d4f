// SlowBuffer.prototype.hexSlice/utf8Slice/…(start, end): 0.10's C++ methods, no defaults:
// both bounds must be int32s, 0 <= start <= end <= length, each failure with its own error.
var SlowBuffer = require('buffer').SlowBuffer;
var s = require('./fixtures/show');
var b = new SlowBuffer(8);
b.fill(0, 0, 8);
b.write('abcdefgh');
var A = [undefined, null, 0, 1, 3, 8, 9, -1, 1.5, '2', true, NaN, -0];
['asciiSlice', 'binarySlice', 'base64Slice', 'ucs2Slice', 'hexSlice', 'utf8Slice'].forEach(function (n) {
  A.forEach(function (a) {
    console.log(n + ' ' + s.name(a) + ': ' + A.map(function (e) {
      return s.attempt(function () { return b[n](a, e); });
    }).join(' | '));
  });
});
console.log(s.attempt(function () { return Buffer.prototype.asciiSlice.call(b); }));
