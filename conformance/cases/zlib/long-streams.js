// Deflate streams of several MiB keep node 0.10's bytes and 'data' chunking all the way
// (past the first MiB, where n10's native compression used to hand over to another
// compressor), at several levels, formats and write sizes; a stream flushed after its first
// MiB gives 0.10's bytes up to the flush and the same data in all.
var zlib = require('zlib');
var x = 987654;
function rnd(n) { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x % n; }
function prose(n) {
  var words = ['the ', 'quick ', 'brown ', 'fox ', 'zlib ', 'node ', '\n', 'of ', 'a ', 'deflate ', 'window ', '0.10 '];
  var b = new Buffer(n), i = 0;
  while (i < n) { var w = words[rnd(words.length)]; for (var k = 0; k < w.length && i < n; k++) b[i++] = w.charCodeAt(k); }
  return b;
}
function noise(n) { var b = new Buffer(n); for (var i = 0; i < n; i++) b[i] = rnd(256); return b; }
function sum(b) { var h = 0; for (var i = 0; i < b.length; i++) h = (h * 31 + b[i]) % 1000000007; return h; }
var text = prose(3 * 1024 * 1024);
var mixed = Buffer.concat([prose(700000), noise(300000), prose(1400000)]);
var cases = [
  ['Deflate', {}, text, 65536],
  ['Gzip', { level: 1 }, text, 10000],
  ['DeflateRaw', { level: 9, memLevel: 9 }, mixed, 65536],
  ['Gzip', { chunkSize: 1024 }, mixed, 100000]
];
var inflaters = { Deflate: 'inflate', Gzip: 'gunzip', DeflateRaw: 'inflateRaw' };
function run(c, flushAt, done) {
  var z = zlib['create' + c[0]](c[1]), sizes = [], all = [], before = null;
  z.on('data', function (d) { sizes.push(d.length); all.push(d); });
  z.on('end', function () { done(Buffer.concat(all), sizes, before); });
  var at = 0;
  (function write() {
    while (at < c[2].length) {
      var piece = c[2].slice(at, at + c[3]);
      at += c[3];
      if (flushAt >= 0 && at >= flushAt && before === null) {
        // Once this write is done: what came out so far, then flush().
        return z.write(piece, function () { before = Buffer.concat(all); z.flush(write); });
      }
      if (!z.write(piece)) return z.once('drain', write);
    }
    z.end();
  })();
}
(function next() {
  var c = cases.shift();
  if (!c) return late();
  run(c, -1, function (out, sizes) {
    console.log(c[0], JSON.stringify(c[1]), 'writes of', c[3], '->', out.length, sum(out), sizes.length, sum(new Buffer(sizes.join(','))));
    next();
  });
})();
function late() {
  var c = ['Gzip', {}, text, 65536];
  run(c, 1500000, function (out, sizes, before) {
    console.log('flushed after 1.5 MB: before the flush', before.length, sum(before));
    zlib[inflaters[c[0]]](out, function (err, back) {
      console.log('inflates to the input:', !err && back.length === c[2].length && sum(back) === sum(c[2]));
    });
  });
}
