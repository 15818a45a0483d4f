// Corrupt data whose dynamic block has a literal/length code without an end-of-block symbol:
// zlib 1.2.3 (0.10's) built the tables ('invalid literal/lengths set' or 'invalid distances
// set' when they did not build) and, when they did, went on decoding; newer zlibs fail at once
// with 'invalid code -- missing end-of-block'. After a valid start (a raw deflate stream cut
// at a flush point) in several writes, in every wrapping; then single bit flips of a stream.
var zlib = require('zlib');
function bits() {
  var out = [], acc = 0, n = 0;
  return {
    put: function (v, len) { for (var i = 0; i < len; i++) { acc |= ((v >> i) & 1) << n; if (++n === 8) { out.push(acc); acc = 0; n = 0; } } },
    bytes: function () { return new Buffer(n ? out.concat([acc]) : out); }
  };
}
function noEob(lens, payload) {
  var w = bits();
  w.put(1, 1); w.put(2, 2); w.put(0, 5); w.put(0, 5); w.put(14, 4);
  [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1].forEach(function (sym) { w.put(sym === 0 || sym === 1 ? 1 : 0, 3); });
  for (var s = 0; s < 258; s++) w.put(lens(s), 1);
  for (var i = 0; i < payload; i++) w.put(i % 3 === 0 ? 1 : 0, 1);
  return w.bytes();
}
var text = ''; for (var i = 0; i < 2000; i++) text += 'line ' + (i * 7919 % 3001) + ' of the text\n';
var cases = [
  ['complete', function (s) { return s === 97 || s === 98 || s === 257 ? 1 : 0; }],
  ['over-subscribed', function (s) { return s === 97 || s === 98 || s === 99 || s === 257 ? 1 : 0; }],
  ['incomplete', function (s) { return s === 97 || s === 257 ? 1 : 0; }],
  ['no distances', function (s) { return s === 97 || s === 98 ? 1 : 0; }]
];
var d = zlib.createDeflateRaw(), parts = [];
d.on('data', function (c) { parts.push(c); });
d.write(new Buffer(text));
d.flush(function () {
  var prefix = Buffer.concat(parts);
  var ci = 0;
  (function next() {
    var c = cases[ci++];
    if (!c) return;
    var raw = Buffer.concat([prefix, noEob(c[1], 4000)]);
    var wraps = [['InflateRaw', raw], ['Inflate', Buffer.concat([new Buffer('789c', 'hex'), raw])], ['Unzip', Buffer.concat([new Buffer('789c', 'hex'), raw])]];
    var wi = 0;
    (function nextWrap() {
      var w = wraps[wi++];
      if (!w) return next();
      var z = new zlib[w[0]]({ chunkSize: 1000 }), got = [], n = 0;
      z.on('data', function (b) { got.push(b); n++; });
      function done(how) {
        var all = Buffer.concat(got);
        console.log(c[0], w[0], how, n, all.length, all.slice(0, text.length).toString() === text, JSON.stringify(all.slice(text.length, text.length + 20).toString()));
        nextWrap();
      }
      z.on('error', function (e) { done('error ' + e.message); });
      z.on('end', function () { done('end'); });
      for (var j = 0; j < w[1].length; j += 700) z.write(w[1].slice(j, j + 700));
      z.end();
    })();
  })();
});
process.on('exit', function () { console.log(flips.join(' ')); });
var flips = [];
zlib.deflateRaw(new Buffer(text.slice(0, 3000)), function (e, comp) {
  var bit = 60;
  (function next() {
    if (bit >= 200) return;
    var b = new Buffer(comp); b[bit >> 3] ^= 1 << (bit & 7);
    zlib.inflateRaw(b, function (e, out) { flips.push(bit + ':' + (e ? e.message : out.length)); bit++; next(); });
  })();
});
