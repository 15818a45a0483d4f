// Zlib classes as streams: chunking by chunkSize, write() return values and 'drain', pipe
// chains, read() and 'readable', pause/resume, setEncoding, and the events in between.
var zlib = require('zlib');
var stream = require('stream');
seed(21);
var src = Buffer.concat([text(200000), rbuf(30000), text(100000)]);
var tasks = [];

[64, 1000, 16384, 65536].forEach(function (cs) {
  ['Deflate', 'Gzip', 'DeflateRaw'].forEach(function (k) {
    tasks.push(function (next) {
      var z = new zlib[k]({ chunkSize: cs });
      var sizes = {};
      var writes = [];
      collect(z, function (err, buf, evs) {
        var counts = [];
        for (var s in sizes) counts.push(s + 'x' + sizes[s]);
        out(k + ' chunkSize=' + cs + ' => ' + bytes(buf) + ' sizes ' + counts.join(',') + ' writes ' + writes.join(''));
        var inf = { Deflate: 'Inflate', Gzip: 'Gunzip', DeflateRaw: 'InflateRaw' }[k];
        var u = new zlib[inf]({ chunkSize: cs });
        var isz = {};
        u.on('data', function (d) { isz[d.length] = (isz[d.length] || 0) + 1; });
        collect(u, function (e2, back) {
          var c2 = [];
          for (var s2 in isz) c2.push(s2 + 'x' + isz[s2]);
          out('  ' + inf + ' => ' + (e2 ? show(e2) : bytes(back)) + ' sizes ' + c2.join(','));
          next();
        });
        for (var i = 0; i < buf.length; i += 5000) u.write(buf.slice(i, i + 5000));
        u.end();
      });
      z.on('data', function (d) { sizes[d.length] = (sizes[d.length] || 0) + 1; });
      for (var i = 0; i < src.length; i += 20000) writes.push(z.write(src.slice(i, i + 20000)) ? 't' : 'f');
      z.end();
    });
  });
});

tasks.push(function (next) {
  // Backpressure: write() until false, count 'drain's, consume slowly with read().
  var z = zlib.createGzip();
  var log = [];
  var n = 0;
  z.on('drain', function () { log.push('drain'); write(); });
  function write() {
    while (n < 40) {
      n++;
      var ok = z.write(text(4000));
      log.push('w' + n + (ok ? '' : '!'));
      if (!ok) return;
    }
    z.end();
    log.push('end()');
  }
  var got = 0;
  z.on('readable', function () { var c; while ((c = z.read(1000)) !== null) got += c.length; log.push('r' ); });
  z.on('end', function () { out('backpressure: ' + log.join(' ') + ' got=' + got); next(); });
  write();
});

tasks.push(function (next) {
  // pipe chain: readable -> gzip -> gunzip -> collector, with a small highWaterMark.
  var r = new stream.Readable({ highWaterMark: 1024 });
  var chunks = [];
  for (var i = 0; i < 50; i++) chunks.push(text(3000));
  r._read = function () { r.push(chunks.length ? chunks.shift() : null); };
  var g = zlib.createGzip({ highWaterMark: 2048 });
  var u = zlib.createGunzip({ highWaterMark: 2048 });
  var total = 0, events = 0;
  u.on('data', function (d) { total += d.length; events++; });
  u.on('end', function () { out('pipe chain: total=' + total + ' events=' + events); next(); });
  r.pipe(g).pipe(u);
});

tasks.push(function (next) {
  // setEncoding on an inflate stream, and pause/resume.
  var u = zlib.createInflate();
  u.setEncoding('utf8');
  var s = '';
  var log = [];
  // (How the text is cut into 'data' events depends on timing: not printed.)
  u.on('data', function (d) { if (log.indexOf(typeof d) < 0) log.push(typeof d); s += d; u.pause(); process.nextTick(function () { u.resume(); }); });
  u.on('end', function () { out('setEncoding: ' + log.join(' ') + ' ' + q(s.slice(0, 40)) + ' ' + s.length); next(); });
  zlib.deflate(new Buffer('h\u00e9llo \u2603 '.concat(text(40000).toString())), function (e, c) {
    for (var i = 0; i < c.length; i += 7) u.write(c.slice(i, i + 7));
    u.end();
  });
});

tasks.push(function (next) {
  // Event order around a small round trip.
  var g = zlib.createGzip();
  var log = [];
  ['readable', 'data', 'end', 'finish', 'close', 'drain'].forEach(function (ev) { g.on(ev, function () { log.push(ev); }); });
  g.write('a', function () { log.push('cb1'); });
  g.end('b', function () { log.push('endcb'); });
  process.nextTick(function () { log.push('tick'); });
  g.on('close', function () { setTimeout(function () { out('events: ' + log.join(' ')); next(); }, 5); });
});

tasks.push(function (next) {
  // Unzip with gzip data fed a byte at a time, then with zlib data.
  var gz = [];
  var u = zlib.createUnzip();
  u.on('data', function (d) { gz.push(d.toString()); });
  u.on('end', function () {
    out('unzip bytewise: ' + gz.join('|'));
    var u2 = zlib.createUnzip();
    var zl = [];
    u2.on('data', function (d) { zl.push(d.toString()); });
    u2.on('end', function () { out('unzip zlib bytewise: ' + zl.join('|')); next(); });
    var z = new Buffer('789ccb48cdc9c90700062c0215', 'hex');
    for (var i = 0; i < z.length; i++) u2.write(z.slice(i, i + 1));
    u2.end();
  });
  var h = new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex');
  for (var i = 0; i < h.length; i++) u.write(h.slice(i, i + 1));
  u.end();
});
series(tasks, finish);
