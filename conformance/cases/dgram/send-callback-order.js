// When 0.10 called a send callback: its libuv wrote the datagram in the next poll phase and
// called back at once, so the callback came before the datagram could be received, even by a
// socket of the same process. An unbound socket binds first ('listening'), then sends.
var dgram = require('dgram');
var b = dgram.createSocket('udp4');
var got = [];
// (Which of the two arrives first depends on the name lookup's speed: not printed.)
b.on('message', function (m) {
  got.push(String(m));
  if (got.length === 2) {
    console.log('b got', got.sort().join(' '));
    b.close();
  }
});
b.bind(0, '127.0.0.1', function () {
  var port = b.address().port;
  var a = dgram.createSocket('udp4');
  a.on('listening', function () { console.log('a listening'); });
  a.send(new Buffer('one'), 0, 3, port, 'localhost', function (err, n) {
    console.log('sent1', err, n, 'one received: ' + (got.indexOf('one') >= 0));
  });
  a.send(new Buffer('two'), 0, 3, port, '127.0.0.1', function (err, n) {
    console.log('sent2', err, n, 'two received: ' + (got.indexOf('two') >= 0));
    setTimeout(function () { a.close(); }, 50);
  });
});
