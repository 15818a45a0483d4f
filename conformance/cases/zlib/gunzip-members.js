// Gunzip and Unzip read the first gzip member only; trailing data and truncation are quiet.
var zlib = require('zlib');
zlib.gzip('first', function (e, a) {
  zlib.gzip('second', function (e2, b) {
    var inputs = [
      ['two members', Buffer.concat([a, b])],
      ['trailing garbage', Buffer.concat([a, new Buffer('garbage!')])],
      ['trailing zeros', Buffer.concat([a, new Buffer(16)])],
      ['truncated trailer', a.slice(0, a.length - 3)],
      ['header only', a.slice(0, 10)]
    ];
    // One stream at a time: two at once finish in thread-pool order, which varies.
    var steps = [];
    inputs.forEach(function (c) { steps.push([c, 'Gunzip'], [c, 'Unzip']); });
    var i = 0;
    (function next() {
      var step = steps[i++];
      if (!step) return;
      var c = step[0], k = step[1];
      var z = new zlib[k](), out = [];
      z.on('data', function (d) { out.push(d.toString()); });
      z.on('error', function (er) { console.log(c[0], k, 'error', er.message); next(); });
      z.on('end', function () { console.log(c[0], k, JSON.stringify(out)); next(); });
      for (var p = 0; p < c[1].length; p += 4) z.write(c[1].slice(p, p + 4));
      z.end();
    })();
  });
});
