// UTF-8 as 0.10 decodes broken input (one U+FFFD per bad byte, encoded surrogates kept) and
// encodes lone surrogates (3 bytes each), including partial writes near a surrogate pair.
var s = require('./fixtures/show');
['80', 'bf', 'c0', 'c1', 'c080', 'c0af', 'c280', 'c2', 'c241', 'e0', 'e080', 'e08080', 'e0a080', 'e0a0', 'e0a041', 'ed9fbf', 'eda080',
 'edbfbf', 'eda0bdedb880', 'efbfbf', 'efbbbf41', 'f0', 'f09f98', 'f09f9880', 'f0808080', 'f08f8080', 'f0908080', 'f48fbfbf', 'f4908080',
 'f7bfbfbf', 'f8', 'f888808080', 'fc8480808080', 'fe', 'ff', 'c2c2', 'e282', 'e28241', 'f09f41', '41f09f98'].forEach(function (h) {
  console.log(h + ' -> ' + s.q(new Buffer(h, 'hex').toString()));
});
// The same, inside long input (where n10 may take a faster path).
var pad = new Array(41).join('x');
['e282', 'eda080', 'f4908080', 'c0af'].forEach(function (h) {
  console.log('long ' + h + ' -> ' + s.q(Buffer.concat([new Buffer(pad), new Buffer(h, 'hex'), new Buffer(pad)]).toString().slice(38, -38)));
});
['\ud800', '\udc00', 'x\ud800y', '\ud800\ud800', '\udc00\ud800', '\ud83d\ude00', 'ab\ud800', pad + '\udbff'].forEach(function (str) {
  console.log(s.q(str) + ' -> byteLength ' + Buffer.byteLength(str) + ' ' + s.show(new Buffer(str)));
});
['\ud83d\ude00', 'a\ud83d\ude00', '\ud83d\ude00\ud83d\ude00', '\u00e9\u00e9', '\u20ac\u20ac', '\u00e9a', pad + '\ud83d\ude00'].forEach(function (str) {
  var row = [];
  for (var n = 0; n <= 9; n++) {
    var b = new Buffer(n + (str.length > 20 ? 40 : 0));
    b.fill(0x2e);
    var w = b.write(str);
    row.push(n + ':' + w + '/' + Buffer._charsWritten + ':' + s.hexOf(b).slice(str.length > 20 ? 70 : 0));
  }
  console.log(s.q(str.slice(-4)) + ' ' + row.join(' '));
});
