// SlowBuffer.prototype.fill(value, start, end): 0.10's C++ fill, not Buffer.prototype.fill:
// every argument must be an int32 (no defaults), with its own errors; a slice fills as a Buffer.
var SlowBuffer = require('buffer').SlowBuffer;
var s = require('./fixtures/show');
console.log(SlowBuffer.prototype.fill === Buffer.prototype.fill, SlowBuffer.prototype.fill.length);
var cases = [
  [97, 0, 6], [0x1ff, 1, 3], [-129, 1, 3], [-2147483648, 0, 1], [2147483647, 0, 1],
  ['ab', 0, 6], ['7', 1, 3], [1.7, 0, 6], [-0, 1, 3], [2147483648, 1, 3], [null, 0, 6], [true, 0, 6], [NaN, 0, 3],
  [], [7], [7, 1], [7, 2, 4], [7, 4, 2], [7, 4, 4], [7, 6, 6], [7, 8, 7], [7, 2, 7], [7, 7, 8],
  [7, -1, 3], [7, 1, -3], [7, 1.5, 3], [7, '1', 3], [7, true, 3], [7, 0, true], [7, null, 3], [7, -0, 3], [7, 0, 6, 9]
];
cases.forEach(function (args) {
  console.log(JSON.stringify(args) + ': ' + s.attempt(function () {
    var b = new SlowBuffer(6);
    b.fill(0, 0, 6);
    var r = b.fill.apply(b, args);
    return [r, b];
  }));
});
var b = new SlowBuffer(6);
b.fill(0, 0, 6);
b.slice(1, 4).fill(5);
console.log(s.attempt(function () { return b; }));
