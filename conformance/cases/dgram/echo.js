// A loopback echo between two sockets: the order of 'listening', bind and send callbacks,
// 'message' with its rinfo, and 'close'.
var dgram = require('dgram');
var events = [];
function log(what) { events.push(what); console.log(what); }

var server = dgram.createSocket('udp4');
server.on('listening', function () {
  var a = server.address();
  log('server listening ' + a.address + ' ' + a.family + ' ' + (a.port > 0) + ' ' + JSON.stringify(Object.keys(a)));
});
server.on('message', function (msg, rinfo) {
  log('server message ' + Buffer.isBuffer(msg) + ' ' + JSON.stringify(msg.toString()) + ' ' + JSON.stringify(Object.keys(rinfo)) + ' ' +
    rinfo.address + ' ' + rinfo.family + ' ' + rinfo.size + ' ' + (typeof rinfo.port));
  var reply = new Buffer('echo: ' + msg);
  server.send(reply, 0, reply.length, rinfo.port, rinfo.address, function (err, bytes) {
    log('server sent ' + err + ' ' + bytes + ' ' + arguments.length);
  });
});
server.on('close', function () { log('server close'); });

var r = server.bind(0, '127.0.0.1', function () {
  log('server bind callback ' + arguments.length + ' ' + (this === server) + ' fd ' + server.fd);
  var client = dgram.createSocket('udp4', function (msg, rinfo) {
    log('client message ' + msg + ' ' + rinfo.size + ' from server port ' + (rinfo.port === server.address().port));
    client.close();
    server.close();
  });
  client.on('listening', function () { log('client listening ' + client.address().address); });
  client.on('close', function () { log('client close'); });
  var buf = new Buffer('-hello-');
  var ret = client.send(buf, 1, 5, server.address().port, '127.0.0.1', function (err, bytes) {
    log('client sent ' + err + ' ' + bytes);
  });
  log('send returned ' + ret + ' state ' + client._bindState);
});
log('bind returned ' + r + ' state ' + server._bindState);
process.on('exit', function () { console.log(events.length, 'events'); });
