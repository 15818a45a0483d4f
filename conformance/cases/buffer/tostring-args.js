// buf.toString(encoding, start, end): encoding names and bounds of every kind.
var s = require('./fixtures/show');
var buf = new Buffer('abcdef');
['utf8', 'UTF-8', 'Utf8', 'ucs-2', 'UTF16LE', 'utf-16le', 'BINARY', 'Base64', 'HEX', 'ascii', 'raw', 'raws', 'buffer', '', null, 0, 1, {}, 'foo'].forEach(function (e) {
  console.log('encoding ' + s.name(e) + ': ' + s.attempt(function () { return buf.toString(e); }) + ' ' + s.attempt(function () { return Buffer.isEncoding(e); }));
});
var V = [undefined, null, 0, 2, 6, 7, -1, -7, 1.5, NaN, Infinity, -Infinity, '2', 'x', true];
V.forEach(function (a) {
  console.log(s.name(a) + ': ' + V.map(function (b) { return s.attempt(function () { return buf.toString('hex', a, b); }); }).join(' '));
});
