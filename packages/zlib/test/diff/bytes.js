// Compressed bytes for every level, strategy, windowBits and memLevel, on several inputs.
// Not compared (see the README's Differences): level 0 on inputs over 32 KiB, whose stored
// blocks zlib 1.2.12 cuts differently, and Z_RLE at levels 1-3, which zlib 1.2.3 ran through
// its fast compressor.
var zlib = require('zlib');
var inputs = [new Buffer(0), new Buffer('a'), new Buffer('hello hello hello hello'), text(1000), text(40000), rbuf(3000)];
seed(7);
var mixed = new Buffer(90000);
for (var i = 0; i < mixed.length; i++) mixed[i] = (i >> 11) & 1 ? rnd(4) + 97 : rnd(256);
inputs.push(mixed);
var runs = new Buffer(70000);
for (var j = 0; j < runs.length; j++) runs[j] = (j >> 10) & 1 ? 97 : (j & 255);
inputs.push(runs);

var combos = [];
[-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9].forEach(function (l) { combos.push({ level: l }); });
[1, 2, 3, 4].forEach(function (s) { [1, 3, 4, 6, 9].forEach(function (l) { combos.push({ strategy: s, level: l }); }); });
[8, 9, 10, 12, 14].forEach(function (w) { combos.push({ windowBits: w }); combos.push({ windowBits: w, level: 1 }); });
[1, 2, 5, 7, 9].forEach(function (m) { combos.push({ memLevel: m }); });
var kinds = ['Deflate', 'Gzip', 'DeflateRaw'];

var tasks = [];
combos.forEach(function (o) {
  kinds.forEach(function (k) {
    inputs.forEach(function (inp, ii) {
      if (o.level === 0 && inp.length > 32000) return;
      if (o.strategy === 3 && o.level >= 1 && o.level <= 3) return;
      tasks.push(function (next) {
        var z = new zlib[k](o);
        collect(z, function (err, buf) {
          out(k + ' ' + JSON.stringify(o) + ' #' + ii + ' => ' + (err ? show(err) : bytes(buf)));
          next();
        });
        // Written in pieces, as a stream would be.
        for (var p = 0; p < inp.length; p += 7000) z.write(inp.slice(p, p + 7000));
        z.end();
      });
    });
  });
});
series(tasks, finish);
