// Servers that ask for a client certificate (requestCert), with and without
// rejectUnauthorized, against clients with a CA-signed, a self-signed, or no certificate.
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
function attempt(label, serverOpts, clientOpts, next) {
  serverOpts.key = r('server-key.pem');
  serverOpts.cert = r('server-cert.pem');
  serverOpts.ca = r('ca-cert.pem');
  var s = tls.createServer(serverOpts, function (c) {
    var cert = c.getPeerCertificate();
    console.log(label + ': server authorized=' + c.authorized + ' error=' + c.authorizationError + ' CN=' + (cert && cert.subject && cert.subject.CN));
    c.end('done');
  });
  var clientErrors = 0;
  s.on('clientError', function () { clientErrors++; });
  s.listen(0, '127.0.0.1', function () {
    clientOpts.port = s.address().port;
    clientOpts.ca = r('ca-cert.pem');
    var c = tls.connect(clientOpts);
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('error', function () { got += '(error)'; });
    c.on('close', function () {
      setTimeout(function () {
        console.log(label + ': client got ' + JSON.stringify(got) + ', server clientErrors=' + clientErrors);
        s.close();
        next();
      }, 50);
    });
  });
}
var good = { key: r('client-key.pem'), cert: r('client-cert.pem') };
var self = { key: r('self-key.pem'), cert: r('self-cert.pem') };
var steps = [
  function (n) { attempt('request, CA-signed', { requestCert: true }, good, n); },
  function (n) { attempt('request, self-signed', { requestCert: true }, self, n); },
  function (n) { attempt('request, none', { requestCert: true }, {}, n); },
  function (n) { attempt('reject, CA-signed', { requestCert: true, rejectUnauthorized: true }, good, n); },
  function (n) { attempt('reject, self-signed', { requestCert: true, rejectUnauthorized: true }, self, n); },
  function (n) { attempt('reject, none', { requestCert: true, rejectUnauthorized: true }, {}, n); },
  function (n) { attempt('no request, CA-signed', {}, good, n); }
];
(function next() { var f = steps.shift(); if (f) f(next); })();
