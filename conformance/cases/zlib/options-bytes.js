// The compressed bytes for each level, strategy, windowBits and memLevel (as 0.10's zlib).
var zlib = require('zlib');
var text = '';
for (var i = 0; i < 400; i++) text += 'line ' + i + ': the quick brown fox ' + (i % 7) + ' jumps over ' + (i % 13) + '\n';
var input = new Buffer(text);
var combos = [];
[-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9].forEach(function (l) { combos.push({ level: l }); });
[1, 2, 4].forEach(function (s) { combos.push({ strategy: s }); combos.push({ strategy: s, level: 1 }); });
combos.push({ strategy: 3, level: 6 });
[8, 9, 11, 13].forEach(function (w) { combos.push({ windowBits: w }); });
[1, 3, 9].forEach(function (m) { combos.push({ memLevel: m }); });
var kinds = ['Deflate', 'Gzip', 'DeflateRaw'];
var i = 0;
function next() {
  var n = i++;
  if (n >= combos.length * kinds.length) return;
  var o = combos[Math.floor(n / kinds.length)], k = kinds[n % kinds.length];
  var z = new zlib[k](o), bufs = [];
  z.on('data', function (d) { bufs.push(d); });
  z.on('end', function () {
    var out = Buffer.concat(bufs);
    var sum = 0;
    for (var j = 0; j < out.length; j++) sum = (sum * 31 + out[j]) % 1000000007;
    console.log(k, JSON.stringify(o), out.length, sum, out.slice(0, 24).toString('hex'));
    next();
  });
  z.write(input.slice(0, 5000));
  z.end(input.slice(5000));
}
next();
