// Ending one side: the client writes and ends, the server answers on 'end' (and on 'data');
// what arrives, and the order of events on both sides. Also a client given an open socket
// (options.socket).
var tls = require('tls');
var net = require('net');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var log = [], slog = [];  // client side, server side (their interleaving is timing)
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  c.setEncoding('utf8');
  c.on('data', function (d) {
    slog.push('server data ' + d);
    c.write('reply to ' + d);
  });
  c.on('end', function () {
    slog.push('server end, writable=' + c.writable);
    c.end('bye');
  });
  c.on('close', function () { slog.push('server close'); });
  c.on('error', function (e) { slog.push('server error ' + e.message); });
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, ca: r('ca-cert.pem') }, function () {
    c.end('last words');
  });
  c.setEncoding('utf8');
  c.on('data', function (d) { log.push('client data ' + d); });
  c.on('end', function () { log.push('client end'); });
  c.on('error', function (e) { log.push('client error ' + e.message); });
  c.on('close', function () {
    log.push('client close');
    setTimeout(viaSocket, 100);
  });
});
function viaSocket() {
  var sock = net.connect(server.address().port, '127.0.0.1', function () {
    var c = tls.connect({ socket: sock, ca: r('ca-cert.pem') }, function () {
      log.push('over socket: secureConnect ' + c.authorized);
      c.write('hello');
    });
    c.setEncoding('utf8');
    c.on('data', function (d) {
      log.push('over socket: ' + d);
      c.destroy();
    });
    c.on('close', function () {
      log.push('over socket: close');
      setTimeout(function () {
        server.close();
        console.log(log.join('\n'));
        console.log(slog.join('\n'));
      }, 100);
    });
  });
}
