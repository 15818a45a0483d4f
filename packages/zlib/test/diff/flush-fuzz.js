// Random writes and flushes (seeded) on deflate streams of every kind, level, strategy and
// chunk size: the bytes of each 'data' event must be 0.10's. (Not level 0, Z_HUFFMAN_ONLY or
// Z_RLE, whose block boundaries zlib 1.2.12 chooses differently: see the README.)
var zlib = require('zlib');
seed(12345);
var kinds = ['Deflate', 'Gzip', 'DeflateRaw'];
var tasks = [];
for (var n = 0; n < 200; n++) {
  (function (n) {
    var kind = kinds[rnd(3)];
    var o = { chunkSize: [64, 100, 1000, 16384][rnd(4)], level: [-1, 1, 2, 3, 4, 5, 6, 7, 8, 9][rnd(10)] };
    if (rnd(3) === 0) o.strategy = [0, 1, 4][rnd(3)];
    if (rnd(4) === 0) o.windowBits = 9 + rnd(7);
    if (rnd(4) === 0) o.memLevel = 1 + rnd(9);
    if (rnd(5) === 0) o.flush = [1, 2, 3][rnd(3)];
    var ops = [];
    var count = 1 + rnd(12);
    for (var i = 0; i < count; i++) {
      var r = rnd(10);
      if (r < 5) ops.push(['write', text(rnd(3) === 0 ? rnd(5000) : rnd(200))]);
      else if (r < 7) ops.push(['write', rbuf(rnd(600))]);
      else ops.push(['flush']);
    }
    tasks.push(function (next) {
      var z = new zlib[kind](o);
      var sizes = [];
      var all = [];
      z.on('data', function (d) { sizes.push(d.length); all.push(d); });
      z.on('error', function (e) { out(n + ' error ' + show(e)); next(); });
      z.on('end', function () {
        out(n + ' ' + kind + ' ' + JSON.stringify(o) + ' ops=' + ops.map(function (op) { return op[0] === 'flush' ? 'F' : op[1].length; }).join(',') +
          ' => ' + bytes(Buffer.concat(all)) + ' chunks ' + sizes.join(','));
        next();
      });
      var i = 0;
      (function step() {
        if (i === ops.length) return z.end();
        var op = ops[i++];
        if (op[0] === 'flush') z.flush(step);
        else if (z.write(op[1])) step();
        else z.once('drain', step);
      })();
    });
  })(n);
}
series(tasks, finish);
