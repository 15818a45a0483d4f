// A socket's 'close' is emitted from the handle's close callback, which 0.10's binding called
// as the handle's "close" method: the frame under EventEmitter.emit is TCP.close (Pipe.close
// for a UNIX socket).
var net = require('net');
var fs = require('fs');

function caller() {
  return new Error().stack.split('\n')[4].replace(/^\s*at /, '').replace(/ \(.*\)$/, '');
}

var server = net.createServer(function (c) { c.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.resume();
  c.on('close', function (hadError) {
    console.log('tcp', hadError, caller());
    server.close();
    var sock = 'close-callback-frame.sock';
    try { fs.unlinkSync(sock); } catch (e) {}
    var us = net.createServer(function (x) { x.end(); }).listen(sock, function () {
      var p = net.connect(sock);
      p.resume();
      p.on('close', function (hadError) {
        console.log('pipe', hadError, caller());
        us.close();
      });
    });
  });
});
