// Many sends in a row: each callback in order, followed by its own ticks (0.10's MakeCallback
// per request), all before any receipt; sends from 'listening' and from the bind callback too.
var dgram = require('dgram');
var b = dgram.createSocket('udp4');
var got = [];
var N = 4;
b.on('message', function (m) {
  got.push(String(m));
  if (got.length === N + 2) {
    console.log('b got', got.sort().join(' '));
    b.close();
    a.close();
  }
});
var a;
b.bind(0, '127.0.0.1', function () {
  var port = b.address().port;
  a = dgram.createSocket('udp4');
  a.on('listening', function () {
    a.send(new Buffer('L'), 0, 1, port, '127.0.0.1', function () { console.log('sent L, L received: ' + (got.indexOf('L') >= 0)); });
  });
  a.bind(0, function () {
    a.send(new Buffer('C'), 0, 1, port, 'localhost', function () {
      console.log('sent C, C received: ' + (got.indexOf('C') >= 0));
      setTimeout(function () {
        for (var i = 0; i < N; i++) (function (i) {
          a.send(new Buffer('m' + i), 0, 2, port, '127.0.0.1', function (err, n) {
            console.log('sent m' + i, err, n, 'received: ' + (got.indexOf('m' + i) >= 0));
            process.nextTick(function () { console.log('tick after m' + i); });
          });
        })(i);
        console.log('sends queued');
      }, 10);
    });
  });
});
