// tls.createSecurePair as 0.10 programs used it: a pair over a net socket (client side) and a
// pair per accepted net connection (server side), pair.ssl.verifyError(), the cleartext
// stream's certificate, data both ways.
var tls = require('tls');
var net = require('net');
var crypto = require('crypto');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var serverCreds = crypto.createCredentials({ key: r('server-key.pem'), cert: r('server-cert.pem') });
var server = net.createServer(function (socket) {
  var pair = tls.createSecurePair(serverCreds, true, false, false);
  pair.encrypted.pipe(socket);
  socket.pipe(pair.encrypted);
  pair.on('secure', function () {
    console.log('server secure', pair.ssl.verifyError() && pair.ssl.verifyError().message);
    pair.cleartext.on('data', function (d) {
      pair.cleartext.write('echo ' + d);
    });
  });
  pair.on('error', function (e) { console.log('server pair error', e.message); });
});
server.listen(0, '127.0.0.1', function () {
  var socket = net.connect(server.address().port, '127.0.0.1');
  var pair = tls.createSecurePair(crypto.createCredentials({ ca: r('ca-cert.pem') }), false);
  pair.encrypted.pipe(socket);
  socket.pipe(pair.encrypted);
  pair.on('secure', function () {
    var err = pair.ssl.verifyError();
    console.log('client secure', err, pair.cleartext.getPeerCertificate().subject.CN);
    pair.cleartext.write('hello');
    pair.cleartext.once('data', function (d) {
      console.log('client got', String(d));
      socket.destroy();
      untrusting();
    });
  });
});
function untrusting() {
  var pair2 = tls.createSecurePair(crypto.createCredentials(), false);
  var socket2 = net.connect(server.address().port, '127.0.0.1');
  pair2.encrypted.pipe(socket2);
  socket2.pipe(pair2.encrypted);
  pair2.on('secure', function () {
    console.log('untrusting client secure', pair2.ssl.verifyError().message);
    socket2.destroy();
    server.close();
  });
}
