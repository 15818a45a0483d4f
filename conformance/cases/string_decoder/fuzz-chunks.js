// Random bytes (rich in multi-byte sequences and surrogates) cut into random chunks, decoded in
// each encoding; a deterministic generator so both runtimes see the same input.
var s = require('./fixtures/show');
var StringDecoder = require('string_decoder').StringDecoder;
var seed = 12345;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function piece() {
  switch (rnd(6)) {
    case 0: return [0x41 + rnd(26)];
    case 1: return [0xc2 + rnd(30), 0x80 + rnd(64)];
    case 2: return [0xe2, 0x80 + rnd(64), 0x80 + rnd(64)];
    case 3: return [0xf0, 0x90 + rnd(32), 0x80 + rnd(64), 0x80 + rnd(64)];
    case 4: return [0xed, 0xa0 + rnd(32), 0x80 + rnd(64)];
    default: return [rnd(256)];
  }
}
['utf8', 'ucs2', 'base64'].forEach(function (enc) {
  for (var k = 0; k < 150; k++) {
    var bytes = [];
    while (bytes.length < 10) bytes = bytes.concat(piece());
    var all = new Buffer(bytes);
    var d = new StringDecoder(enc);
    var parts = [];
    for (var pos = 0; pos < all.length;) {
      var n = rnd(5);
      var chunk = all.slice(pos, pos + n);
      parts.push(s.attempt(function () { return d.write(chunk); }));
      pos += n;
    }
    console.log(enc + ' ' + s.hexOf(all) + ' ' + parts.join('|') + ' end=' + s.attempt(function () { return d.end(); }) + ' again=' + s.attempt(function () { return d.end(); }));
  }
});
