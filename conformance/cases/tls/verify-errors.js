// tls.connect's verification outcomes: the default (rejectUnauthorized), rejectUnauthorized
// false, hostname checks (names, wildcards, IPs, CN without altnames), expiry, hang-up.
var tls = require('tls');
var fs = require('fs');
var net = require('net');
function r(f) { return fs.readFileSync('fixtures/' + f); }
function server(name, cb) {
  var s = tls.createServer({ key: r(name + '-key.pem'), cert: r(name + '-cert.pem') }, function (c) { c.end(); });
  s.listen(0, '127.0.0.1', function () { cb(s, s.address().port); });
}
function attempt(label, name, opts, next) {
  server(name, function (s, port) {
    opts.port = port;
    var c = tls.connect(opts, function () {
      console.log(label + ': secureConnect authorized=' + c.authorized + ' error=' + c.authorizationError);
      c.destroy();
      s.close();
      next();
    });
    c.on('error', function (e) {
      console.log(label + ': error ' + e.message + ' code=' + e.code);
      s.close();
      next();
    });
  });
}
var ca = r('ca-cert.pem');
var steps = [
  function (n) { attempt('self-signed, default', 'self', { host: '127.0.0.1' }, n); },
  function (n) { attempt('self-signed, rejectUnauthorized false', 'self', { rejectUnauthorized: false }, n); },
  function (n) { attempt('no CA, rejectUnauthorized false', 'server', { rejectUnauthorized: false }, n); },
  function (n) { attempt('no CA, default', 'server', {}, n); },
  function (n) { attempt('CA, localhost', 'server', { ca: ca }, n); },
  function (n) { attempt('CA, 127.0.0.1', 'server', { ca: ca, host: '127.0.0.1' }, n); },
  function (n) { attempt('CA, servername mismatch', 'server', { ca: ca, servername: 'nope.test' }, n); },
  function (n) { attempt('CA, mismatch, rejectUnauthorized false', 'server', { ca: ca, servername: 'nope.test', rejectUnauthorized: false }, n); },
  function (n) { attempt('CA, wildcard', 'server', { ca: ca, host: 'localhost', servername: 'www.example.com' }, n); },
  function (n) { attempt('CA, wildcard too deep', 'server', { ca: ca, host: 'localhost', servername: 'a.b.example.com' }, n); },
  function (n) { attempt('expired', 'expired', { ca: ca }, n); },
  function (n) { attempt('CN only, localhost', 'nosan', { ca: ca }, n); },
  function (n) { attempt('CN only, IP', 'nosan', { ca: ca, host: '127.0.0.1' }, n); },
  function (n) { attempt('wrong CA', 'other', { ca: r('self-cert.pem'), servername: 'other.test' }, n); },
  function (n) {
    var s = net.createServer(function (c) { c.destroy(); });
    s.listen(0, '127.0.0.1', function () {
      var c = tls.connect(s.address().port, '127.0.0.1');
      c.on('error', function (e) {
        console.log('plain server hangs up: ' + e.message + ' code=' + e.code);
        s.close();
        n();
      });
    });
  },
  function (n) {
    var c = tls.connect(1, '127.0.0.1');
    c.on('error', function (e) {
      console.log('refused: ' + e.code + ' ' + e.syscall);
      n();
    });
  }
];
(function next() { var f = steps.shift(); if (f) f(next); })();
