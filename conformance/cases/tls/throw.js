// A listener that throws inside tls (a 'data' handler) raises the program's exception, not a TLS error.
var tls = require('tls'), fs = require('fs'), F = 'fixtures/';
process.on('uncaughtException', function (e) { console.log('uncaught', e.message); process.exit(0); });
var s = tls.createServer({ key: fs.readFileSync(F + 'server-key.pem'), cert: fs.readFileSync(F + 'server-cert.pem') }, function (c) { c.end('x'); });
s.on('clientError', function (e) { console.log('clientError', e.message); });
s.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: s.address().port, rejectUnauthorized: false }, function () {});
  c.on('data', function () { throw new Error('boom in data'); });
  c.on('error', function (e) { console.log('client error', e.message); });
});
