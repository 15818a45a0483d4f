// Random strings encoded with every encoding: byteLength, new Buffer(str, enc), and writes
// into buffers of random size at random offsets and lengths (partial characters, surrogates).
var ENCODINGS = ['utf8', 'ucs2', 'ascii', 'binary', 'base64', 'hex'];
var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_=';
var HEX = '0123456789abcdefABCDEF';
function unit() {
  switch (rnd(9)) {
    case 0: return 0x20 + rnd(95);
    case 1: return rnd(256);
    case 2: return 0x80 + rnd(0x780);
    case 3: return 0x800 + rnd(0xf800);
    case 4: return 0xd800 + rnd(0x400);
    case 5: return 0xdc00 + rnd(0x400);
    case 6: return [0, 0x20, 0x3d, 0x0a, 0x100, 0x141, 0x161, 0xff, 0xfffd, 0xfeff][rnd(10)];
    case 7: return B64.charCodeAt(rnd(B64.length));
    default: return HEX.charCodeAt(rnd(HEX.length));
  }
}
function randomString(n) {
  var s = '';
  var mode = rnd(5);
  for (var i = 0; i < n; i++) {
    if (mode === 0) s += String.fromCharCode(unit());
    else if (mode === 1) { // valid pairs mixed in
      if (rnd(3) === 0) { s += String.fromCharCode(0xd800 + rnd(0x400), 0xdc00 + rnd(0x400)); i++; }
      else s += String.fromCharCode(0x20 + rnd(0x7e0));
    }
    else if (mode === 2) s += B64.charAt(rnd(rnd(4) ? 64 : B64.length));
    else if (mode === 3) s += HEX.charAt(rnd(HEX.length));
    else s += String.fromCharCode(rnd(4) ? 0x20 + rnd(95) : unit());
  }
  return s;
}
function encodeCases(count, maxLen) {
  for (var k = 0; k < count; k++) {
    var str = randomString(rnd(maxLen + 1));
    var line = q(str);
    for (var e = 0; e < ENCODINGS.length; e++) {
      var enc = ENCODINGS[e];
      line += ' ' + Buffer.byteLength(str, enc);
      line += ' ' + tryit(function () { return new Buffer(str, enc); });
    }
    var size = rnd(12), off = rnd(size + 2) - 1, len = rnd(4) ? undefined : rnd(size + 2) - 1;
    var enc2 = ENCODINGS[rnd(6)];
    var buf = new Buffer(size); buf.fill(0x2e);
    line += ' ' + enc2 + '@' + size + ',' + off + ',' + len + ' ' + tryit(function () { return len === undefined ? buf.write(str, off, enc2) : buf.write(str, off, len, enc2); });
    line += ' ' + Buffer._charsWritten + ' ' + hexOf(buf);
    out(line);
  }
}
seed(11);
encodeCases(6000, 10);
encodeCases(300, 120);
