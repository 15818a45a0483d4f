// An uncaught error thrown by a send callback: 0.10 called afterSend from native code, so
// the stack ends there.
var dgram = require('dgram');
var u = dgram.createSocket('udp4');
u.bind(0, '127.0.0.1', function () {
  u.send(new Buffer('hi'), 0, 2, u.address().port, '127.0.0.1', function () {
    throw new Error('thrown by the send callback');
  });
});
