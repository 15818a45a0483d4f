// Failures around the handshake: a server fed garbage ('clientError'), a client destroyed in
// the handshake, a server that closes while a client waits, end() before the handshake.
var tls = require('tls');
var net = require('net');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  console.log('secureConnection');
  c.end('early');
});
var clientErrors = [];
server.on('clientError', function (e, pair) {
  clientErrors.push((e instanceof Error) + ' ' + (pair && typeof pair.cleartext));
});
var steps = [
  function (n) {
    var s = net.connect(server.address().port, '127.0.0.1', function () {
      s.write('GET / HTTP/1.0\r\nHost: x\r\n\r\n' + new Array(20000).join('x'));
    });
    s.on('data', function (d) { console.log('garbage: got bytes back', d.length > 0); });
    s.on('error', function () {});
    s.on('close', function () {
      console.log('garbage: closed, clientErrors', clientErrors);
      n();
    });
  },
  function (n) {
    var c = tls.connect({ port: server.address().port, rejectUnauthorized: false }, function () {
      console.log('destroyed client: secureConnect (should not happen)');
    });
    c.on('error', function (e) { console.log('destroyed client: error', e.message); });
    c.on('close', function () {
      console.log('destroyed client: close');
      setTimeout(n, 50);
    });
    c.destroy();
  },
  function (n) {
    // A client that sends the start of a ClientHello and hangs up.
    var s = net.connect(server.address().port, '127.0.0.1', function () {
      s.end(new Buffer([22, 3, 1, 0, 200, 1, 0, 0, 196, 3, 3]));
    });
    s.on('error', function () {});
    s.on('close', function () {
      setTimeout(function () {
        console.log('partial hello: closed, clientErrors', clientErrors);
        n();
      }, 100);
    });
  },
  function (n) {
    var c = tls.connect({ port: server.address().port, ca: r('ca-cert.pem') }, function () {
      console.log('writer: secureConnect', c.authorized);
    });
    c.write('queued before the handshake');
    c.on('data', function (d) { console.log('writer: data', String(d)); });
    c.on('close', function () {
      console.log('writer: close');
      n();
    });
  }
];
server.listen(0, '127.0.0.1', function () {
  (function next() {
    var f = steps.shift();
    if (f) f(next);
    else server.close(function () { console.log('server closed, clientErrors', clientErrors); });
  })();
});
