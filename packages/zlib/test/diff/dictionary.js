// Option dictionary: deflate/inflate with preset dictionaries of every size (short ones are
// ignored, long ones trimmed, as zlib 1.2.3 did), wrong and missing ones, raw and gzip
// streams (gzip ignores it), Unzip, and reset().
var zlib = require('zlib');
seed(99);
var dicts = [new Buffer(0), new Buffer('a'), new Buffer('ab'), new Buffer('abc'), new Buffer('hello world'), text(1000), text(32000), text(32600), text(33000), text(40000)];

function inflateWith(kind, opts, data, expected, label, next) {
  var z = new zlib[kind](opts);
  collect(z, function (e, r) {
    out('  ' + label + ' ' + (e ? show(e) : bytes(r) + ' same=' + (hexOf(r) === hexOf(expected))));
    next();
  });
  z.end(data);
}

var tasks = [];
dicts.forEach(function (dict, di) {
  [{}, { windowBits: 9 }, { windowBits: 12, level: 1 }, { level: 9, memLevel: 3 }].forEach(function (o) {
    ['Deflate', 'DeflateRaw', 'Gzip'].forEach(function (k) {
      tasks.push(function (next) {
        var opts = { dictionary: dict };
        for (var key in o) opts[key] = o[key];
        var input = Buffer.concat([text(300), dict.slice(0, 200), text(2000)]);
        var z = new zlib[k](opts);
        collect(z, function (err, buf) {
          var label = k + ' dict#' + di + '(' + dict.length + ') ' + JSON.stringify(o);
          if (err) { out(label + ' error ' + show(err)); return next(); }
          out(label + ' => ' + bytes(buf));
          if (k === 'Gzip') return next();
          var inf = k === 'Deflate' ? 'Inflate' : 'InflateRaw';
          var wb = o.windowBits ? { windowBits: o.windowBits } : {};
          series([
            function (n) { inflateWith(inf, { dictionary: dict, windowBits: wb.windowBits }, buf, input, inf + ' with it', n); },
            function (n) { inflateWith(inf, { windowBits: wb.windowBits }, buf, input, inf + ' without', n); },
            function (n) { inflateWith(inf, { dictionary: new Buffer('another dictionary'), windowBits: wb.windowBits }, buf, input, inf + ' with another', n); },
            function (n) { if (k !== 'Deflate') return n(); inflateWith('Unzip', { dictionary: dict, windowBits: wb.windowBits }, buf, input, 'Unzip with it', n); }
          ], next);
        });
        z.end(input);
      });
    });
  });
});
tasks.push(function (next) {
  // reset() sets the dictionary again (deflate), and inflate finds it again after a reset.
  var dict = new Buffer('hello world dictionary');
  var z = zlib.createDeflate({ dictionary: dict });
  var got = [];
  z.on('data', function (d) { got.push(hexOf(d)); });
  z.on('end', function () { out('deflate reset with dictionary: ' + got.join(' ')); next(); });
  z.write('hello world');
  z.flush(function () { z.reset(); z.end('hello world dictionary'); });
});
tasks.push(function (next) {
  var dict = new Buffer('hello world dictionary');
  zlib.deflate('x', function () {});
  var d = zlib.createDeflate({ dictionary: dict });
  collect(d, function (e, c) {
    var inf = zlib.createInflate({ dictionary: dict });
    var got = [];
    inf.on('data', function (x) { got.push(x.toString()); });
    inf.on('error', function (er) { out('inflate reset error ' + show(er)); next(); });
    inf.write(c.slice(0, 8), function () {
      inf.reset();
      inf.end(c, function () {});
    });
    inf.on('end', function () { out('inflate reset with dictionary: ' + got.join('|')); next(); });
  });
  d.end('hello world dictionary hello');
});
series(tasks, finish);
