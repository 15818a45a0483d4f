// A 512-bit RSA key and its certificate: node 0.10 (OpenSSL 1.0.1) took them on both sides;
// test fixtures of that era are often this small.
var tls = require('tls');
var https = require('https');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var key = r('weak512-key.pem'), cert = r('weak512-cert.pem');

var server = tls.createServer({ key: key, cert: cert }, function (c) {
  c.end('tls ok');
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, function () {
    console.log('secureConnect authorized=%s error=%s', c.authorized, c.authorizationError);
    console.log('peer CN', c.getPeerCertificate().subject.CN);
  });
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { got += d; });
  c.on('end', function () {
    console.log('tls got', got);
    server.close(step2);
  });
});

function step2() {
  // https, with an explicit ciphers list (the level stays as it was)
  var hs = https.createServer({ key: key, cert: cert, ciphers: 'AES128-SHA:AES256-SHA' }, function (req, res) {
    res.end('https ok ' + req.url + ' ' + req.connection.getCipher().name);
  });
  hs.listen(0, '127.0.0.1', function () {
    https.get({ host: '127.0.0.1', port: hs.address().port, path: '/w', rejectUnauthorized: false, agent: false }, function (res) {
      var b = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { b += d; });
      res.on('end', function () {
        console.log(res.statusCode, b);
        hs.close();
      });
    }).on('error', function (e) { console.log('client error', e.message); hs.close(); });
  });
}

try {
  tls.createSecurePair(require('crypto').createCredentials({ key: key, cert: cert }), true);
  console.log('createSecurePair with the weak key: ok');
} catch (e) {
  console.log('createSecurePair threw', e.message);
}
