// runtime-only: library frames under the program's listeners are placed by the runtime.
// A CleartextStream's 'close' comes from the tick after destroy() (tls.js:687:10 in 0.10), with
// one argument (had_error) and no listener of tls's own before the program's.
var tls = require('tls'), fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  c.end('x');
});
process.on('uncaughtException', function (e) {
  console.log(e.stack.split(__dirname).join('.'));
  server.close();
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, rejectUnauthorized: false });
  c.on('close', function (hadError) {
    console.log('close', arguments.length, hadError);
    throw new Error('in a close listener');
  });
  c.resume();
});
