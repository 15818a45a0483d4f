// The zlib module's constants, and the raw/unzip streams made by createInflateRaw/createUnzip.
var zlib = require('zlib');
var names = Object.keys(zlib).filter(function (k) { return /^Z_/.test(k); }).sort();
console.log(names.map(function (k) { return k + '=' + zlib[k]; }).join(' '));
console.log(Object.keys(zlib).sort().join(' '));
var input = new Buffer('hello hello hello hello raw and unzip');
zlib.deflateRaw(input, function (err, raw) {
  var inf = zlib.createInflateRaw(), out = [];
  inf.on('data', function (c) { out.push(c); });
  inf.on('end', function () {
    console.log('inflateRaw', Buffer.concat(out).toString(), inf instanceof zlib.InflateRaw);
    zlib.gzip(input, function (err, gz) {
      zlib.deflate(input, function (err, df) {
        [gz, df].forEach(function (buf, i) {
          var u = zlib.createUnzip(), parts = [];
          u.on('data', function (c) { parts.push(c); });
          u.on('error', function (e) { console.log('unzip error', i, e.code, e.message); });
          u.on('end', function () { console.log('unzip', i, Buffer.concat(parts).toString(), u instanceof zlib.Unzip); });
          u.end(buf);
        });
        var bad = zlib.createUnzip();
        bad.on('error', function (e) { console.log('unzip bad', e.code, e.errno, e.message); });
        bad.on('data', function () {});
        bad.end(new Buffer('not compressed at all'));
      });
    });
  });
  inf.end(raw);
});
