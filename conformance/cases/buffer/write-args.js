// buf.write(string, offset, length, encoding) and the older (string, encoding, offset, length):
// every argument form, bounds, and Buffer._charsWritten.
var s = require('./fixtures/show');
var V = [undefined, null, 0, 1, 2, 5, 6, 7, -1, 1.5, NaN, Infinity, '2', 'x', true, {}, 'hex', 'ascii', 'foo'];
function dots() { var b = new Buffer(6); b.fill(0x2e); return b; }
V.forEach(function (a) {
  console.log(s.name(a) + ': ' + V.map(function (b) {
    return s.attempt(function () { var t = dots(); var r = t.write('abcd', a, b); return r + '/' + Buffer._charsWritten + ' ' + t.toString('binary'); });
  }).join(' | '));
});
[['hex', 1, 2], [1, 2, 'hex'], ['base64', 0, 4], [0, 0, 'foo'], [9, 'foo'], [9, 0], [6, 0], [6, 1], [-1, 'foo'], [1, -1]].forEach(function (args) {
  console.log(JSON.stringify(args) + ': ' + s.attempt(function () { var t = dots(); var r = t.write('6162', args[0], args[1], args[2]); return [r, Buffer._charsWritten, t]; }));
});
['', 'x'].forEach(function (str) {
  [0, 6, 7, -1].forEach(function (o) {
    console.log(s.q(str) + ' at ' + o + ': ' + s.attempt(function () { return dots().write(str, o); }) + ' / ' + s.attempt(function () { return dots().write(str, o, 'foo'); }));
  });
});
[5, {}, null, undefined, [1], true].forEach(function (v) {
  console.log('non-string ' + s.name(v) + ': ' + s.attempt(function () { return dots().write(v); }));
});
