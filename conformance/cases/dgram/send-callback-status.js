// dgram's send callback as 0.10 called it: (null, buf.length) once the request completes,
// whatever its status (an oversized datagram's EMSGSIZE is not reported); a callback that is
// not a function fails in afterSend with V8 3.14's words for a property call.
var dgram = require('dgram');
var s = dgram.createSocket('udp4');
var big = new Buffer(70000);
big.fill(1);
process.on('uncaughtException', function (e) {
  console.log('uncaught ' + e.name + ': ' + e.message + ' | ' + String(e.stack).split('\n')[1].replace(/^\s+at /, '').replace(/ \(.*\)$/, ''));
  s.close();
});
s.send(big, 0, big.length, 9, '127.0.0.1', function (err, n) {
  console.log('oversized: callback', err, n);
  s.send(new Buffer('abc'), 0, 3, 9, '127.0.0.1', function (err, n) {
    console.log('small: callback', err, n);
    s.send(new Buffer('x'), 0, 1, 9, '127.0.0.1', {});
  });
});
