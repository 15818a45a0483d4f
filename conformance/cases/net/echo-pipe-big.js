// 2 MB of random bytes through an echo server (c.pipe(c)) with backpressure: every byte back, drains match false writes.
var net = require('net'), crypto = require('crypto');
var N = 2 * 1024 * 1024;
var server = net.createServer(function (c) { c.pipe(c); c.on('end', function(){ console.log('srv end'); }); c.on('close', function(){ console.log('srv close'); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var h1 = crypto.createHash('sha1'), h2 = crypto.createHash('sha1');
  var sent = 0, recv = 0, drains = 0, falseWrites = 0;
  c.on('data', function (d) { recv += d.length; h2.update(d); });
  c.on('drain', function () { drains++; write(); });
  function write() {
    while (sent < N) {
      var b = crypto.pseudoRandomBytes(Math.min(65536, N - sent));
      sent += b.length; h1.update(b);
      if (!c.write(b)) { falseWrites++; return; }
    }
    c.end();
  }
  write();
  c.on('end', function () { console.log('client end', recv === N, h1.digest('hex') === h2.digest('hex'), drains === falseWrites, drains > 0); server.close(); });
  c.on('close', function () { console.log('client close'); });
});
