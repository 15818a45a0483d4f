// udp6 on ::1: bind, echo, rinfo, the wildcard address of an implicit bind.
var dgram = require('dgram');
var server = dgram.createSocket('udp6');
server.on('message', function (msg, rinfo) {
  console.log('server', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
  server.send(msg, 0, msg.length, rinfo.port, rinfo.address);
});
server.bind(0, '::1', function () {
  var a = server.address();
  console.log('listening', a.address, a.family);
  var client = dgram.createSocket('udp6');
  client.on('message', function (msg, rinfo) {
    console.log('client', msg.toString(), rinfo.address, rinfo.family);
    client.close();
    server.close();
  });
  client.send(new Buffer('six'), 0, 3, a.port, '::1', function (err, bytes) {
    console.log('sent', err, bytes, client.address().address, client.address().family);
  });
});
