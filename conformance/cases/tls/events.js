// The events each side sees, in order, for: a rejected server certificate, a connection the
// client destroys after 'secureConnect', a server that destroys the connection, and a
// connection refused.
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
function trace(name, s, log) {
  ['secureConnect', 'end', 'close', 'finish', 'timeout'].forEach(function (e) {
    s.on(e, function () { log.push(name + ' ' + e); });
  });
  s.on('error', function (e) { log.push(name + ' error ' + e.message); });
}
function scenario(label, serverKey, onServer, onClient, next) {
  var log = [];
  var server = tls.createServer({ key: r(serverKey + '-key.pem'), cert: r(serverKey + '-cert.pem') }, function (c) {
    log.push('server secureConnection');
    trace('server', c, log);
    onServer(c);
  });
  server.on('clientError', function (e) { log.push('server clientError'); });
  server.listen(0, '127.0.0.1', function () {
    var c = tls.connect({ port: server.address().port, ca: r('ca-cert.pem') });
    trace('client', c, log);
    onClient(c);
    setTimeout(function () {
      server.close();
      var s = log.filter(function (l) { return l.indexOf('server') === 0; });
      var k = log.filter(function (l) { return l.indexOf('client') === 0; });
      console.log(label + '\n  ' + k.join('\n  ') + '\n  ' + s.join('\n  '));
      next();
    }, 300);
  });
}
var steps = [
  function (n) { scenario('rejected', 'self', function () {}, function () {}, n); },
  function (n) {
    scenario('client destroys', 'server', function (c) { c.resume(); }, function (c) {
      c.on('secureConnect', function () { c.destroy(); });
    }, n);
  },
  function (n) {
    scenario('server destroys', 'server', function (c) { c.destroy(); }, function (c) { c.resume(); }, n);
  },
  function (n) {
    scenario('server ends with data', 'server', function (c) { c.end('bye'); c.resume(); }, function (c) {
      c.setEncoding('utf8');
      c.on('data', function (d) { c.write('thanks for ' + d); });
    }, n);
  }
];
(function next() { var f = steps.shift(); if (f) f(next); })();
