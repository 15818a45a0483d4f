// The server refuses the handshake (it wants a client certificate the client does not have):
// the client's cleartext stream sees 'error' (socket hang up, ECONNRESET) before 'close', and
// an http request over it sees one error.
var tls = require('tls');
var https = require('https');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem'), ca: [r('ca-cert.pem')], requestCert: true, rejectUnauthorized: true }, function (c) {
  console.log('unexpected secureConnection');
  c.end();
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var ev = [];
  var c = tls.connect({ host: '127.0.0.1', port: port, ca: [r('ca-cert.pem')] });
  ['error', 'close', 'end', 'secureConnect'].forEach(function (n) {
    c.on(n, function (e) { ev.push(n + (e && e.code ? ':' + e.code : '')); });
  });
  setTimeout(function () {
    console.log('tls events:', ev.join(' '));
    var seen = [];
    var req = https.request({ host: '127.0.0.1', port: port, method: 'GET', path: '/', ca: [r('ca-cert.pem')], agent: false });
    req.on('error', function (e) { seen.push('error:' + e.message + ':' + e.code); });
    req.on('close', function () { seen.push('close'); });
    req.on('response', function () { seen.push('response'); });
    req.end();
    setTimeout(function () {
      console.log('https request events:', seen.join(' | '));
      server.close();
    }, 300);
  }, 300);
});
