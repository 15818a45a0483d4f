// Ports as 0.10's TCPWrap took them: Int32Value, then the low 16 bits (uv_ip4_addr).
var net = require('net');
var server = net.createServer(function (s) { s.end('hi'); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var c = net.connect(port + 65536, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log('65536 + port reaches port:', d); });
  c.on('end', function () {
    var refused = [net.connect({ port: -5 }), net.connect(70000), net.connect({ port: 'abc' })];
    var left = refused.length;
    refused.forEach(function (r, i) {
      r.on('error', function (e) {
        console.log(i, e.code, e.syscall);
        if (--left === 0) {
          server.close();
          var random = net.createServer();
          random.listen(-1, function () { console.log('listen(-1) port > 0:', random.address().port > 0); random.close(); });
        }
      });
    });
  });
});
