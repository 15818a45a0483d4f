// A server that writes as soon as the connection is secure: its data reaches the client with
// the handshake's end. A 'data' listener the client adds in its secureConnect callback gets it
// only after that callback returned (0.10 finished the handshake inside the cleartext read),
// so a program may set up its state after on('data') in the same callback (simplesmtp 0.3).
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var s = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  c.write('220 greeting\r\n');
  c.on('data', function () { c.end(); });
});
s.listen(0, '127.0.0.1', function () {
  var state = 'connecting';
  var c = tls.connect(s.address().port, '127.0.0.1', { rejectUnauthorized: false }, function () {
    c.on('data', function (d) {
      console.log('data in state', state, JSON.stringify(String(d)));
      c.write('bye');
    });
    state = 'waiting for the greeting';
  });
  c.on('secureConnect', function () { console.log('secureConnect listener, state', state); });
  c.on('close', function () { console.log('close'); s.close(); });
});
