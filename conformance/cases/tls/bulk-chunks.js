// The 'data' events of a bulk transfer: 0.10's cleartext stream read one SSL read's worth
// inside each read() (the one a 'data' event came from pulled the next), so a big write
// arrives mostly as 32 KiB chunks.
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var sizes = [100000, 50000, 70000];
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  var i = 0;
  (function next() {
    if (i >= sizes.length) return c.end();
    var b = new Buffer(sizes[i++]);
    b.fill(65);
    c.write(b);
    setTimeout(next, 50);
  })();
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, rejectUnauthorized: false });
  var chunks = [], total = 0;
  c.on('data', function (d) { chunks.push(d.length); total += d.length; });
  c.on('end', function () {
    console.log('chunks', chunks.join(','));
    console.log('total', total);
    server.close();
  });
});
