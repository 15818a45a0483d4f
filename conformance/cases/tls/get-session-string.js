// getSession(): 0.10 gave the session as a binary string (node_crypto encoded it BINARY), undefined
// before the handshake; tls.connect took that string (or a Buffer) back as options.session.
var tls = require('tls'), fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  var s = c.getSession();
  console.log('server', typeof s, Buffer.isBuffer(s), s && s.length > 50);
  c.end('x');
});
server.listen(0, '127.0.0.1', function () {
  var a = tls.connect({ port: server.address().port, rejectUnauthorized: false }, function () {
    var s = a.getSession();
    console.log('client', typeof s, Buffer.isBuffer(s), s && s.length > 50, typeof s === 'string' ? /^[\x00-\xff]*$/.test(s) : '');
    a.on('close', function () {
      var b = tls.connect({ port: server.address().port, rejectUnauthorized: false, session: s }, function () {
        console.log('reused', b.isSessionReused()); b.on('close', function () { server.close(); }); b.resume();
      });
    });
    a.resume();
  });
  console.log('before handshake', typeof a.getSession(), a.getSession());
});
