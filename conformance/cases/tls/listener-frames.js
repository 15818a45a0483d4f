// runtime-only: library frames under the program's listeners are placed by the runtime.
// Where 0.10 called a tls program's listeners from: 'secureConnection', 'secureConnect' and an
// https request handler ran inside CleartextStream.read [as _read], called through
// Readable.read by the EncryptedStream's write of the peer's bytes.
var tls = require('tls'), https = require('https'), fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var opts = { key: r('server-key.pem'), cert: r('server-cert.pem') };
var runs = ['server', 'client', 'https'];
var current;
process.on('uncaughtException', function (e) {
  console.log(current + ': ' + e.stack.split(__dirname).join('.'));
  current.server.close();
  next();
});
function next() {
  var which = runs.shift();
  if (!which) process.exit(0);
  var server = (which === 'https' ? https : tls).createServer(opts, function (c) {
    if (which === 'server') throw new Error('in secureConnection');
    if (which === 'https') throw new Error('in a request handler');
    c.end('hi');
  });
  current = { server: server, toString: function () { return which; } };
  server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    if (which === 'https') {
      https.get({ port: port, host: '127.0.0.1', agent: false, rejectUnauthorized: false }).on('error', function () {});
      return;
    }
    var c = tls.connect({ port: port, rejectUnauthorized: false }, function () {
      if (which === 'client') throw new Error('in secureConnect');
    });
    c.on('error', function () {});
    c.on('data', function () {});
  });
}
next();
