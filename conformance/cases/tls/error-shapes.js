// The errors of a failed handshake as programs see them: OpenSSL's verdict on the server
// ('clientError') is an Error with its message only; the client whose peer went away in the
// handshake gets 'socket hang up' with code ECONNRESET and sslError (the SSL error's text,
// here undefined).
var tls = require('tls');
var net = require('net');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
function describe(e) {
  return (e instanceof Error) + ' keys=' + JSON.stringify(Object.keys(e)) + ' code=' + e.code +
    ' sslError=' + e.sslError + ' message=' + (/no shared cipher/.test(e.message) ? '(no shared cipher)' : e.message);
}
var steps = [
  function (next) {
    var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem'), ciphers: 'AES128-SHA' }, function () {
      console.log('no shared cipher: secureConnection (should not happen)');
    });
    server.on('clientError', function (e) { console.log('no shared cipher: clientError', describe(e)); });
    server.listen(0, '127.0.0.1', function () {
      var c = tls.connect({ port: server.address().port, rejectUnauthorized: false, ciphers: 'AES256-SHA' });
      c.on('error', function (e) {
        console.log('no shared cipher: client error', describe(e));
        server.close(next);
      });
    });
  },
  function (next) {
    var server = net.createServer(function (s) { s.destroy(); });
    server.listen(0, '127.0.0.1', function () {
      var c = tls.connect({ port: server.address().port, rejectUnauthorized: false });
      c.on('error', function (e) {
        console.log('peer closes in the handshake: client error', describe(e));
        server.close(next);
      });
    });
  },
  function (next) {
    var server = tls.createServer({ key: r('self-key.pem'), cert: r('self-cert.pem') }, function (c) { c.resume(); });
    server.listen(0, '127.0.0.1', function () {
      var c = tls.connect({ port: server.address().port, ca: r('ca-cert.pem') });
      c.on('error', function (e) {
        console.log('unverified: client error', describe(e));
        server.close(next);
      });
    });
  }
];
(function run() { var s = steps.shift(); if (s) s(run); })();
