// SNI: addContext patterns (exact and wildcard) and SNICallback; what the client sees and
// what the server's cleartext stream reports as servername.
var tls = require('tls');
var crypto = require('crypto');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  c.end(String(c.servername));
});
server.addContext('other.test', { key: r('other-key.pem'), cert: r('other-cert.pem') });
server.addContext('*.wild.test', { key: r('other-key.pem'), cert: r('other-cert.pem') });
var names = ['other.test', 'a.wild.test', 'localhost', 'unknown.test'];
server.listen(0, '127.0.0.1', function () {
  (function next() {
    var name = names.shift();
    if (!name) return callback();
    var c = tls.connect({ port: server.address().port, servername: name, rejectUnauthorized: false }, function () {
      var got = '';
      c.on('data', function (d) { got += d; });
      c.on('end', function () {
        console.log(name + ': CN=' + c.getPeerCertificate().subject.CN + ' server saw ' + got);
        next();
      });
    });
  })();
});
function callback() {
  server.close();
  var asked = [];
  var s2 = tls.createServer({
    key: r('server-key.pem'),
    cert: r('server-cert.pem'),
    SNICallback: function (name) {
      asked.push(name);
      if (name === 'other.test') return crypto.createCredentials({ key: r('other-key.pem'), cert: r('other-cert.pem') }).context;
    }
  }, function (c) { c.end(); });
  s2.listen(0, '127.0.0.1', function () {
    var c = tls.connect({ port: s2.address().port, servername: 'other.test', ca: r('ca-cert.pem') }, function () {
      console.log('SNICallback: authorized=' + c.authorized + ' CN=' + c.getPeerCertificate().subject.CN + ' asked=' + asked);
      c.destroy();
      s2.close();
    });
  });
}
