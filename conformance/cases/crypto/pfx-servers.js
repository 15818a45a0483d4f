// A PFX (PKCS#12, the old RC2-40 kind) behind a SecurePair server and a tls.createServer({pfx}):
// both handshake and carry data, as in 0.10.
var crypto = require('crypto'), tls = require('tls'), net = require('net'), fs = require('fs');
var creds = crypto.createCredentials({pfx: fs.readFileSync('fixtures/rsa_cert_rc2.pfx'), passphrase: 'sample'});
var server = net.createServer(function (socket) {
  var pair = tls.createSecurePair(creds, true);
  pair.encrypted.pipe(socket); socket.pipe(pair.encrypted);
  pair.cleartext.on('data', function (d) { console.log('server got', d.toString()); pair.cleartext.end('bye'); });
  pair.on('error', function (e) { console.log('pair error', e.message); socket.destroy(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false}, function () {
    console.log('client connected'); c.write('hello');
  });
  c.on('data', function (d) { console.log('client got', d.toString()); });
  c.on('error', function (e) { console.log('client error', e.message); });
  c.on('close', function () { console.log('client close'); server.close(); next(); });
});
function next() {
  var s2 = tls.createServer({ pfx: fs.readFileSync('fixtures/rsa_cert_rc2.pfx'), passphrase: 'sample' }, function (c) { c.end('from pfx server'); });
  s2.listen(0, '127.0.0.1', function () {
    var c = tls.connect({ port: s2.address().port, host: '127.0.0.1', rejectUnauthorized: false }, function () {
      console.log('connected to tls.createServer({pfx})', typeof c.getPeerCertificate().subject);
    });
    c.on('data', function (d) { console.log('client got', String(d)); });
    c.on('close', function () { s2.close(); });
  });
}
