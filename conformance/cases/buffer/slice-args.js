// buf.slice(start, end) with negative, NaN, fractional, beyond-length and non-number arguments,
// and that a slice shares memory with its buffer.
var s = require('./fixtures/show');
var V = [undefined, null, 0, 2, 6, 7, -1, -2, -7, 1.5, -1.5, NaN, Infinity, -Infinity, '2', 'x', true, [3]];
V.forEach(function (a) {
  console.log(s.name(a) + ': ' + V.map(function (b) {
    var buf = new Buffer('012345');
    var part = buf.slice(a, b);
    return part.toString() + '@' + (part.offset - buf.offset);
  }).join(' '));
});
var buf = new Buffer('abcdef');
var part = buf.slice(1, 3);
part[0] = 0x42;
buf[2] = 0x43;
console.log(buf.toString(), part.toString(), part.parent === buf.parent, part.slice(1).toString());
