// Compression streams split their output into 'data' events as 0.10's zlib 1.2.3 did: each
// write step hands out what 1.2.3 had written by then (it kept up to 16 bits back), at every
// level and write size, with prose, incompressible data (stored blocks) and zeros; a flush()
// part-way, and a stream of more than 1 MiB (flushed in its first MiB, or not), keep 0.10's bytes and steps.
var zlib = require('zlib');
var x = 12345;
function rnd(n) { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x % n; }
function prose(n) {
  var words = ['the ', 'quick ', 'brown ', 'fox ', 'zlib ', 'node ', '\n', 'of ', 'a ', 'deflate '];
  var b = new Buffer(n), i = 0;
  while (i < n) { var w = words[rnd(words.length)]; for (var k = 0; k < w.length && i < n; k++) b[i++] = w.charCodeAt(k); }
  return b;
}
function noise(n) { var b = new Buffer(n); for (var i = 0; i < n; i++) b[i] = rnd(256); return b; }
function sum(b) { var h = 0; for (var i = 0; i < b.length; i++) h = (h * 31 + b[i]) % 1000000007; return h; }
var zeros = new Buffer(100000);
zeros.fill(0);
var data = Buffer.concat([prose(120000), noise(70000), zeros, prose(90000)]);
var big = prose(1300000);
var cases = [];
[['Deflate', {}], ['Gzip', { level: 1 }], ['DeflateRaw', { level: 9, memLevel: 9 }], ['Gzip', { windowBits: 10, memLevel: 2 }]].forEach(function (c) {
  [1000, 30000].forEach(function (size) { cases.push([c[0], c[1], data, size, -1]); });
});
cases.push(['Deflate', {}, data, 20000, 150000]);
cases.push(['Gzip', {}, big, 65536, 900000]);
cases.push(['Gzip', {}, big, 65536, -1]);
(function next() {
  var c = cases.shift();
  if (!c) return;
  var z = zlib['create' + c[0]](c[1]), sizes = [], all = [];
  z.on('data', function (d) { sizes.push(d.length); all.push(d); });
  z.on('end', function () {
    var out = Buffer.concat(all);
    console.log(c[0], JSON.stringify(c[1]), 'writes of', c[3], 'flush at', c[4], '->', out.length, sum(out), sizes.join(','));
    next();
  });
  var at = 0, flushed = false;
  (function write() {
    while (at < c[2].length) {
      if (!flushed && c[4] >= 0 && at >= c[4]) { flushed = true; return z.flush(write); }
      var piece = c[2].slice(at, at + c[3]);
      at += c[3];
      if (!z.write(piece)) return z.once('drain', write);
    }
    z.end();
  })();
})();
