// A response the parser refuses: the request's 'error' is "Parse Error", made by 0.10's native
// parser, so its stack opens at the socket's data handler (no frame of a JavaScript helper).
var http = require('http');
var net = require('net');

function frames(e) {
  return e.stack.split('\n').slice(1).map(function (l) {
    return l.replace(/\(.*\)$/, '').trim();
  });
}

var server = net.createServer(function (sock) {
  sock.on('data', function () { sock.end('NOT HTTP AT ALL\r\n\r\n'); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/' });
  req.on('error', function (e) {
    console.log(e.message, e.code, e.bytesParsed);
    console.log(frames(e));
    server.close();
  });
});
