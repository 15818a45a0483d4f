// A tls server and client in one program: the handshake, what each side sees, data both ways,
// and the order of events until both sides close.
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var log = [];
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  log.push('server secureConnection ' + c.authorized + ' ' + c.authorizationError + ' ' + c.servername);
  console.log('server peer certificate', c.getPeerCertificate());
  c.setEncoding('utf8');
  c.on('data', function (d) {
    log.push('server data ' + d);
    c.end('pong');
  });
  c.on('end', function () { log.push('server end'); });
  c.on('close', function () {
    log.push('server close');
    server.close();
  });
});
server.on('close', function () {
  log.push('server closed');
  console.log(log.join('\n'));
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: [r('ca-cert.pem')] }, function () {
    log.push('client secureConnect ' + c.authorized + ' ' + c.authorizationError);
    var cert = c.getPeerCertificate();
    console.log(Object.keys(cert));
    console.log(cert.subject, cert.issuer, cert.subjectaltname, cert.exponent, cert.valid_from, cert.valid_to, cert.ext_key_usage);
    console.log(cert.fingerprint.length, cert.modulus.length);
    console.log(c.getCipher().version, c.getSession().length > 0, c.isSessionReused());
    console.log(c.remoteAddress, typeof c.remotePort, c.address().address, c.readable, c.writable);
    c.write('ping');
  });
  c.setEncoding('utf8');
  c.on('data', function (d) { log.push('client data ' + d); });
  c.on('end', function () { log.push('client end'); });
  c.on('close', function () { log.push('client close'); });
});
