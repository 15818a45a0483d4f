// The frames of tls's own methods in a stack taken in the handshake callbacks, by 0.10's
// names: SecurePair.maybeInitFinished (an anonymous prototype method) and
// EncryptedStream.write [as _write] (0.10 named CryptoStream#_write "write").
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
Error.stackTraceLimit = 50;
var wanted = /^(SecurePair\.maybeInitFinished|EncryptedStream\.write \[as _write\]|CleartextStream\.read \[as _read\])$/;
function tlsFrames(where) {
  var names = new Error().stack.split('\n').slice(1).map(function (l) {
    return l.replace(/^\s*at /, '').replace(/ \(.*\)$/, '');
  }).filter(function (n) { return wanted.test(n) || /^(SecurePair|EncryptedStream|CleartextStream)\.(pproto|cproto|proto)/.test(n); });
  console.log(where, names.filter(function (n, i) { return names.indexOf(n) === i; }).filter(function (n) { return !/_read/.test(n); }));
}
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  tlsFrames('server secureConnection');
  c.end();
  server.close();
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, function () {
    tlsFrames('client secureConnect');
  });
  c.on('end', function () { c.end(); });
});
