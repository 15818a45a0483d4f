// send() on an unbound socket binds it to the wildcard address, queues until 'listening',
// then sends in order (to an IP: a name would be looked up in the thread pool, where
// answers may come back in any order); a send whose lookup fails calls back with the error,
// then 'error'.
var dgram = require('dgram');
var server = dgram.createSocket('udp4');
var got = [];
server.on('message', function (msg) {
  got.push(msg.toString());
  if (got.length === 3) {
    console.log('server got', got);
    client.close();
    server.close();
    badName();
  }
});
var client;
server.bind(0, '127.0.0.1', function () {
  client = dgram.createSocket('udp4');
  client.on('listening', function () {
    console.log('client listening', client.address().address, 'queue', client._sendQueue && client._sendQueue.length);
  });
  ['one', 'two', 'three'].forEach(function (word) {
    client.send(new Buffer(word), 0, word.length, server.address().port, '127.0.0.1', function (err, bytes) {
      console.log('sent', word, err, bytes);
    });
  });
  console.log('state', client._bindState, 'queued', client._sendQueue.length);
});

function badName() {
  var s = dgram.createSocket('udp4');
  s.on('error', function (err) {
    console.log('error event', err.message, err.code, err.errno, err.syscall, Object.keys(err));
    s.close();
    closedWhileLookingUp();
  });
  s.send(new Buffer('x'), 0, 1, 9, 'nonexistent.invalid', function (err) {
    console.log('callback', arguments.length, err.message, err.code);
  });
}

function closedWhileLookingUp() {
  var s = dgram.createSocket('udp4');
  s.send(new Buffer('x'), 0, 1, 9, '127.0.0.1', function () {
    console.log('never called');
  });
  s.close();
  setTimeout(function () { console.log('done'); }, 50);
}
