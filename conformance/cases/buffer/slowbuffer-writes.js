// SlowBuffer.prototype.hexWrite/utf8Write/…(string, offset, maxLength): 0.10's C++ writes.
// offset an int32, maxLength a uint32 (absent: to the end), SlowBuffer._charsWritten set.
var SlowBuffer = require('buffer').SlowBuffer;
var s = require('./fixtures/show');
var W = ['asciiWrite', 'binaryWrite', 'base64Write', 'ucs2Write', 'hexWrite', 'utf8Write'];
var STR = ['', 'zz', 'abcd', '\u00e9\u00e9x', '\ud83d\ude00ab', 'YWJjZA==', 'YW Jj\nZA', 1, null];
var OFF = [undefined, null, 0, 3, 8, 9, -1, 1.5, '2', true, NaN, 4294967297];
var MAX = [undefined, 0, 1, 3, 20, -1, '2', null, NaN];
W.forEach(function (n) {
  STR.forEach(function (str) {
    OFF.forEach(function (o) {
      console.log(n + ' ' + s.name(str) + ' at ' + s.name(o) + ': ' + MAX.map(function (m) {
        return s.attempt(function () {
          var b = new SlowBuffer(8);
          b.fill(0x2e, 0, 8);
          var r = b[n](str, o, m);
          return [r, SlowBuffer._charsWritten, b];
        });
      }).join(' | '));
    });
  });
});
