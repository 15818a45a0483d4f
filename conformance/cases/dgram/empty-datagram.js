// 0.10 never emitted an empty datagram; a zero-length send still calls back.
var dgram = require('dgram');
var s = dgram.createSocket('udp4');
s.on('message', function (msg, rinfo) {
  console.log('message', JSON.stringify(msg.toString()), rinfo.size);
  if (msg.toString() === 'last') s.close();
});
s.bind(0, '127.0.0.1', function () {
  var port = s.address().port;
  var b = new Buffer('xlast');
  s.send(b, 1, 0, port, '127.0.0.1', function (err, bytes) {
    console.log('empty sent', err, bytes);
    s.send(b, 1, 4, port, '127.0.0.1', function (err, bytes) {
      console.log('last sent', err, bytes);
    });
  });
});
