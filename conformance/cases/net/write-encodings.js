// socket.write(string, encoding): 'ascii' as 0.10's V8 wrote it (not latin1), 'binary',
// 'hex', 'base64', 'ucs2'; and write() after the peer's FIN returns undefined with EPIPE.
var net = require('net');
var s = net.createServer({ allowHalfOpen: true }, function (c) {
  var chunks = [];
  c.on('data', function (d) { chunks.push(d); });
  c.on('end', function () { console.log('server got', Buffer.concat(chunks)); c.end('bye'); });
});
s.listen(0, function () {
  var c = net.connect(s.address().port, function () {
    c.write('\u00e9\u0100\u20ac', 'ascii');
    c.write('\u00e9\u0100\u20ac', 'binary');
    c.write('cafe', 'hex');
    c.write('AQI=', 'base64');
    c.write('ab', 'ucs2');
  });
  c.on('end', function () {
    setImmediate(function () {
      c.on('error', function (e) { console.log('error', e.code, e.message); });
      var r = c.write('x', function (e) { console.log('cb', e && e.code); s.close(); });
      console.log('write after FIN returned', r);
    });
  });
  c.resume();
  setTimeout(function () { c.end(); }, 20);
});
