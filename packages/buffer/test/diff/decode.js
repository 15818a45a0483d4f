// Random byte strings decoded with every encoding, whole and with random start/end.
// Byte sources are biased towards UTF-8 edge cases (leads, continuations, surrogates, >U+10FFFF).
var ENCODINGS = ['utf8', 'ucs2', 'ascii', 'binary', 'base64', 'hex'];
var SPECIAL = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xf7, 0xf8, 0xfc, 0xfe, 0xff, 0xa0, 0x9f, 0x90, 0x8f, 0xbb, 0xbd];
function randomBytes(n) {
  var b = new Buffer(n);
  var mode = rnd(4);
  for (var i = 0; i < n; i++) {
    if (mode === 0) b[i] = rnd(256);
    else if (mode === 1) b[i] = SPECIAL[rnd(SPECIAL.length)];
    else if (mode === 2) b[i] = rnd(3) ? 0x80 + rnd(64) : 0xc0 + rnd(64);
    else b[i] = rnd(4) ? rnd(128) : 0x80 + rnd(128);
  }
  return b;
}
function decodeCases(count, maxLen) {
  for (var k = 0; k < count; k++) {
    var b = randomBytes(rnd(maxLen + 1));
    var line = hexOf(b);
    for (var e = 0; e < ENCODINGS.length; e++) line += ' ' + q(b.toString(ENCODINGS[e]));
    var s = rnd(b.length + 1), t = s + rnd(b.length - s + 1);
    line += ' ' + s + ',' + t + ' ' + q(b.toString(ENCODINGS[rnd(6)], s, t));
    out(line);
  }
}
seed(7);
decodeCases(4000, 12);
decodeCases(400, 200);
// Every 1- and 2-byte sequence, and all 3-byte sequences with a lead from C0..FF.
var all = '';
for (var a = 0; a < 256; a++) all += q(new Buffer([a]).toString()) + ' ' + q(new Buffer([a]).toString('ascii'));
out(all);
for (var a2 = 0xc0; a2 < 0x100; a2++) {
  var row = '';
  for (var b2 = 0; b2 < 256; b2++) row += q(new Buffer([a2, b2]).toString());
  out(row);
}
for (var a3 = 0xe0; a3 < 0x100; a3 += 1) {
  var row3 = '';
  for (var b3 = 0x70; b3 < 0xd0; b3 += 3) for (var c3 = 0x70; c3 < 0xd0; c3 += 5) row3 += q(new Buffer([a3, b3, c3, 0x41]).toString());
  out(row3);
}
