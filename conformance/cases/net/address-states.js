// server.address() before/after listen and after close; a client's address, remote fields, byte counters and readyState while connecting.
var net = require('net');
var util = require('util');
var server = net.createServer();
console.log('before listen', util.inspect(server.address()));
server.listen(0, '127.0.0.1', function () {
  var a = server.address();
  console.log(Object.keys(a), a.family, a.address, typeof a.port);
  var c = net.connect(a.port, '127.0.0.1', function () {
    var la = c.address();
    console.log('client', Object.keys(la), la.family, la.address);
    console.log('remote', c.remoteAddress, c.remotePort === a.port);
    console.log('bytes', c.bytesWritten, c.bytesRead, c.bufferSize);
    c.write('abc', function () {
      console.log('write cb bytesWritten', c.bytesWritten);
      c.destroy();
      server.close();
    });
  });
  console.log('connecting remoteAddress', c.remoteAddress, c.address ? util.inspect(c.address()) : '');
  console.log('readyState', c.readyState, c._connecting);
});
server.on('connection', function (s) { s.on('data', function(){}); });
process.on('exit', function () { console.log('exit', util.inspect(server.address())); });
