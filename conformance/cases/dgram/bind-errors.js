// bind() failures are 'error' events: an address not on this host, a name that does not
// resolve; the socket can be bound again afterwards.
var dgram = require('dgram');
var s = dgram.createSocket('udp4');
s.on('error', function (err) {
  console.log('error', err.message, err.code, err.errno, err.syscall, Object.keys(err), 'state in listener', s._bindState);
  try {
    s.bind(0);
  } catch (e) {
    console.log('bind from the listener:', e.message);
  }
  setTimeout(function () {
    console.log('state later', s._bindState);
    s.bind(0, '127.0.0.1', function () {
      console.log('bound again', s.address().address);
      s.close();
      lookupFails();
    });
  }, 10);
});
s.on('listening', function () { console.log('unexpected listening'); });
s.bind(0, '8.8.8.8');

function lookupFails() {
  var d = dgram.createSocket('udp4');
  d.on('error', function (err) {
    console.log('lookup error', err.message, err.code, err.syscall, 'state', d._bindState);
    d.close();
    ports();
  });
  d.bind(0, 'nonexistent.invalid');
}

// 0.10 cut ports to 16 bits: 65536 + 0 is any port; 'abc' is 0.
function ports() {
  var p = dgram.createSocket('udp4');
  p.bind(65536, function () {
    console.log('65536 bound to a port', p.address().port > 0);
    p.close();
    var q = dgram.createSocket('udp4');
    q.bind('abc', function () {
      console.log('"abc" bound to a port', q.address().port > 0);
      q.close();
    });
  });
}
