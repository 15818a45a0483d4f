// 4 MB each way through one tls connection with backpressure honoured on both sides (write()
// return values, 'drain'), hashes compared. The results are printed at exit in a fixed order:
// which side sees its 'end' first depends on how many turns of the loop the transfer took,
// which this case does not test.
var tls = require('tls');
var crypto = require('crypto');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var SIZE = 4 * 1024 * 1024;
function data(seed) {
  var b = new Buffer(SIZE);
  for (var i = 0; i < SIZE; i++) b[i] = (i * seed + (i >> 8)) & 0xff;
  return b;
}
var up = data(7), down = data(13);
function sha(b) { return crypto.createHash('sha1').update(b).digest('hex'); }
function send(stream, buf, done) {
  var off = 0;
  (function pump() {
    while (off < buf.length) {
      var chunk = buf.slice(off, off + 65536);
      off += chunk.length;
      if (!stream.write(chunk)) return stream.once('drain', pump);
    }
    done();
  })();
}
var drains = { server: 0, client: 0 };
var results = {};
process.on('exit', function () {
  console.log(results.client);
  console.log(results.server);
  console.log(results.backpressure);
});
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  var h = crypto.createHash('sha1'), n = 0;
  c.on('data', function (d) { h.update(d); n += d.length; });
  c.on('end', function () {
    results.server = ['server got', n, h.digest('hex') === sha(up)].join(' ');
  });
  c.on('drain', function () { drains.server++; });
  send(c, down, function () { c.end(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, ca: r('ca-cert.pem') }, function () {
    send(c, up, function () { c.end(); });
  });
  var h = crypto.createHash('sha1'), n = 0;
  c.on('drain', function () { drains.client++; });
  c.on('data', function (d) { h.update(d); n += d.length; });
  c.on('end', function () {
    results.client = ['client got', n, h.digest('hex') === sha(down)].join(' ');
  });
  c.on('close', function () {
    results.backpressure = ['backpressure seen', drains.server > 0, drains.client > 0].join(' ');
    server.close();
  });
});
