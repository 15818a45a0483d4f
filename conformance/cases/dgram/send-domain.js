// A send callback runs in the domain that was active at send(); one that throws is the
// domain's error. A disposed domain's send callback is not called (the datagram still goes).
var dgram = require('dgram');
var domain = require('domain');
var u = dgram.createSocket('udp4');
var got = 0;
u.on('message', function (m) {
  console.log('message', String(m));
  if (++got === 2) u.close();
});
u.bind(0, '127.0.0.1', function () {
  var port = u.address().port;
  var d = domain.create();
  d.on('error', function (e) { console.log('domain caught:', e.message, Object.keys(e).join()); });
  d.run(function () {
    u.send(new Buffer('one'), 0, 3, port, '127.0.0.1', function (err, bytes) {
      console.log('sent', err, bytes, process.domain === d);
      throw new Error('thrown by the send callback');
    });
  });
  var gone = domain.create();
  gone.run(function () {
    u.send(new Buffer('two'), 0, 3, port, '127.0.0.1', function () { console.log('never: disposed'); });
  });
  gone.dispose();
});
