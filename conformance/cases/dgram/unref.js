// A bound socket keeps the process alive unless unref()d; 'exit' then comes on its own.
var dgram = require('dgram');
var s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', function () {
  console.log('bound');
  console.log(s.unref(), s.unref());
  var t = dgram.createSocket('udp4');
  t.bind(0, '127.0.0.1', function () {
    t.unref();
    t.ref();
    t.unref();
    console.log('second bound and unrefd');
  });
});
process.on('exit', function () { console.log('exit'); });
