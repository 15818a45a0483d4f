// Random byte strings, cut into random chunks, through StringDecoder in every encoding:
// each write()'s result, end()'s, and a second end() (0.10 does not reset on end).
var StringDecoder = require('string_decoder').StringDecoder;
var SPECIAL = [0x41, 0x80, 0xbf, 0xc2, 0xdf, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0xbd, 0xb8, 0xf0, 0x9f, 0x98, 0xf4, 0xf8, 0xff, 0x00, 0xd8, 0xdc, 0x3d];
function piece() {
  switch (rnd(7)) {
    case 0: return [0x41 + rnd(26)];
    case 1: return [0xc2 + rnd(30), 0x80 + rnd(64)];
    case 2: return [0xe2, 0x80 + rnd(64), 0x80 + rnd(64)];
    case 3: return [0xf0, 0x90 + rnd(32), 0x80 + rnd(64), 0x80 + rnd(64)];
    case 4: return [0xed, 0xa0 + rnd(16), 0x80 + rnd(64)]; // encoded lead surrogate
    case 5: return [0xed, 0xb0 + rnd(16), 0x80 + rnd(64)]; // encoded trail surrogate
    default: return [SPECIAL[rnd(SPECIAL.length)]];
  }
}
function randomBytes(n) {
  var bytes = [];
  var mode = rnd(3);
  while (bytes.length < n) {
    if (mode === 0) bytes = bytes.concat(piece());
    else if (mode === 1) { var u = rnd(3) ? rnd(0xd800) : 0xd800 + rnd(0x800); bytes.push(u & 255, u >> 8); }
    else bytes.push(rnd(256));
  }
  return new Buffer(bytes);
}
var ENCODINGS = ['utf8', 'ucs2', 'utf16le', 'base64', 'hex', 'ascii', 'binary'];
seed(5);
for (var k = 0; k < 6000; k++) {
  var enc = ENCODINGS[k % 7 < 3 ? 0 : k % 7 < 5 ? 1 : rnd(7)];
  var all = randomBytes(rnd(14));
  var d = new StringDecoder(enc);
  var parts = [];
  var pos = 0;
  while (pos < all.length) {
    var n = rnd(4);
    var chunk = all.slice(pos, pos + n);
    parts.push(hexOf(chunk) + ':' + tryit(function () { return d.write(chunk); }));
    pos += n;
  }
  var last = rnd(3) ? null : randomBytes(rnd(3));
  var tail = tryit(function () { return last ? d.end(last) : d.end(); });
  out(enc + ' ' + hexOf(all) + ' ' + parts.join('|') + ' end=' + tail + ' again=' + tryit(function () { return d.end(); }) + ' ' + d.charReceived + '/' + d.charLength);
}
// Constructor and shape.
['utf8', 'UTF-8', 'utf-8', 'Utf8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'base64', 'hex', 'ascii', 'binary', 'raw', 'utf_8', 'foo', '', null, undefined].forEach(function (e) {
  out('ctor ' + String(e) + ' ' + tryit(function () { var x = new StringDecoder(e); return [x.encoding, Object.keys(x).join(','), typeof x.write]; }));
});
out('proto ' + Object.keys(StringDecoder.prototype).join(',') + ' ' + StringDecoder.length + ' ' + StringDecoder.name + ' ' + Object.keys(require('string_decoder')).join(','));
out('write string ' + tryit(function () { return new StringDecoder('utf8').write('ab'); }));
out('raw write ' + tryit(function () { return new StringDecoder('raw').write(new Buffer('ab')); }));
out('empty ' + tryit(function () { var x = new StringDecoder('utf8'); return [x.write(new Buffer(0)), x.end(), x.end(new Buffer(0))]; }));
