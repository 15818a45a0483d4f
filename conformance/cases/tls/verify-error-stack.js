// The Error a failed verification gives (tls.connect's 'error', a server's
// authorizationError source, pair.ssl.verifyError()) was made by 0.10's binding: its stack
// opens at the JavaScript caller, with no helper frame above it.
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
function frameName(line) { return String(line).replace(/^\s+at /, '').replace(/ \(.*\)$/, '').replace(/^[^ ]*\.js:\d+:\d+$/, '<file>'); }
var s = tls.createServer({ key: r('self-key.pem'), cert: r('self-cert.pem') }, function (c) { c.end(); });
s.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: s.address().port, host: '127.0.0.1' });
  c.on('error', function (e) {
    var lines = e.stack.split('\n');
    console.log(lines[0]);
    console.log('first frame: ' + frameName(lines[1]));
    var c2 = tls.connect({ port: s.address().port, rejectUnauthorized: false }, function () {
      var err = c2.pair.ssl.verifyError();
      var l2 = err.stack.split('\n');
      console.log(l2[0]);
      console.log('first frame: ' + frameName(l2[1]));
      c2.destroy();
      s.close();
    });
  });
});
