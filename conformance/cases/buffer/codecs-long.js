// The string codecs on long input (where n10 builds strings natively and in chunks): base64
// and hex of every start/end over unaligned slices and past 32 KiB / 48 KiB, utf8 with a
// genuine U+FFFD next to malformed bytes and encoded surrogates, byteLength and write of
// lone surrogates.
var crypto = require('crypto');
function digest(s) { return crypto.createHash('md5').update(s, 'binary').digest('hex'); }
var big = new Buffer(200003);
for (var i = 0; i < big.length; i++) big[i] = (i * 131 + (i >> 8)) & 255;
var acc = '';
for (var s = 0; s < 40; s++) {
  for (var e = s; e < 140; e += 1) acc += big.toString('base64', s, e) + big.toString('hex', s, e) + '|';
}
console.log('short', digest(acc));
var spans = [[0, 200003], [1, 200002], [3, 49152 + 5], [7, 98304 + 11], [2, 32768 * 2 + 3], [5, 32768 + 1], [9, 49152 * 2 + 9]];
spans.forEach(function (p) {
  var b64 = big.toString('base64', p[0], p[1]);
  var hex = big.toString('hex', p[0], p[1]);
  console.log(p.join('-'), b64.length, digest(b64), hex.length, digest(hex), digest(new Buffer(b64, 'base64').toString('binary')));
});
var pad = new Array(41).join('ab');
function show(str) { return Buffer.byteLength(str) + ' ' + new Buffer(str).toString('hex').slice(-24); }
console.log(show(pad + '\ud800'));
console.log(show('\udc00' + pad));
console.log(show(pad + '\udc00\ud800' + pad));
console.log(show(pad + '\ud83d\ude00\ud83d' + pad));
console.log(show(pad + '\ufffd\ud800x'));
var w = new Buffer(90); w.fill(0);
console.log(w.write(pad + '\ud83d\ude00', 0), Buffer._charsWritten, w.toString('hex', 78));
var c = new Buffer(100); c.fill(0x61);
c[50] = 0xef; c[51] = 0xbf; c[52] = 0xbd; c[70] = 0xff; c[80] = 0xed; c[81] = 0xa0; c[82] = 0x80;
console.log(escape(c.toString()));
console.log(escape(c.toString('utf8', 40, 60)), escape(c.toString('utf8', 0, 69)));
// Decoding long strings: only the low 8 bits of a character count; junk and whitespace are
// skipped by base64, URL-safe digits read; hex stops at the first bad pair.
function rep(str, n) { return new Array(n + 1).join(str); }
console.log(new Buffer(rep('\u0161', 40), 'hex').toString('hex'));
console.log(new Buffer(rep('ab', 20) + '\u0141\u0142' + rep('cd', 20), 'hex').toString('hex'));
console.log(new Buffer(rep('ab', 20) + '\u0147\u0148' + rep('cd', 20), 'hex').toString('hex'));
console.log(new Buffer(rep('\u0141', 40), 'base64').toString('hex'));
var b64 = big.toString('base64', 0, 300);
var messy = b64.replace(/(.{7})/g, '$1 \n*').replace(/\+/g, '-').replace(/\//g, '_');
console.log(new Buffer(messy, 'base64').toString('hex') === big.toString('hex', 0, 300));
[1, 2, 3, 38, 40].forEach(function (room) {
  var dst = new Buffer(room + 4); dst.fill(0xee);
  var n = dst.write(messy, 2, room, 'base64');
  var h = new Buffer(room + 4); h.fill(0xee);
  var m = h.write(big.toString('hex', 0, 300), 2, room, 'hex');
  console.log(room, n, dst.toString('hex'), m, h.toString('hex'));
});
console.log(new Buffer(b64.slice(0, 64) + 'QQ', 'base64').length, new Buffer(b64.slice(0, 64) + 'QUI', 'base64').length, new Buffer(b64.slice(0, 64) + 'Q', 'base64').length);
// Buffer.byteLength of long strings of wide characters, lone surrogates among them.
var wide = rep('\u20ac\ud83d\ude00\u00e9x', 30);
console.log(Buffer.byteLength(wide), Buffer.byteLength(wide + '\ud800'), Buffer.byteLength('\ude00' + wide + '\ud83d'),
  Buffer.byteLength(rep('\ud800', 70)), Buffer.byteLength(rep('a\udbff\udfff', 40)), Buffer.byteLength(rep('\u0800\u07ff\u0080\u007f', 20)),
  Buffer.byteLength(rep('\u00e9', 100)), Buffer.byteLength(rep('x', 100) + '\u0100'));
// A long base64/hex write leaves the bytes after what it wrote as they were.
[6, 7, 8, 30, 31, 32, 45, 48, 60].forEach(function (n) {
  var b = new Buffer(n + 6); b.fill(0xee);
  var w1 = b.write(big.toString('base64', 0, n), 1, 'base64');
  var h = new Buffer(n + 6); h.fill(0xee);
  var w2 = h.write(big.toString('hex', 0, n), 1, 'hex');
  console.log(n, w1, b.toString('hex', n + 1), w2, h.toString('hex', n + 1));
});
