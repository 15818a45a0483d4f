// A send whose address is known but which 0.10's libuv had not written yet when the socket
// closed was cancelled, and afterSend still called back (null, length), as the handle
// finished closing (after the immediates of that turn). One still waiting for its lookup
// is dropped without a callback. Also: an IPv6 address on a udp4 socket calls back
// (null, length) (0.10's libuv made it 255.255.255.255 and the status was ignored).
var dgram = require('dgram');
var a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', function () {
  a.send(new Buffer('v6'), 0, 2, 9, '::1', function (err, n) {
    console.log('v6 on udp4', err, n);
    a.send(new Buffer('abc'), 0, 3, 9, '127.0.0.1', function (err, n) { console.log('cancelled send', err, n); });
    a.send(new Buffer('abc'), 0, 3, 9, 'localhost', function (err, n) { console.log('dropped send', err, n); });
    setImmediate(function () { console.log('immediate'); });
    process.nextTick(function () {
      process.nextTick(function () {
        console.log('closing');
        a.close();
        console.log('closed');
      });
    });
  });
});
