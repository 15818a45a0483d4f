// Half-open connections (allowHalfOpen): the order of 'data', 'end', 'finish' and 'close' on
// both sides when one side shuts down first and the other writes its last bytes later. The
// side that shut down first meets the peer's last bytes and its FIN on two turns of the loop
// (node 0.10's libuv read once more on the next turn), so the other side's 'close' (and this
// turn's setImmediate) come between its 'data' and its 'end'.
var net = require('net');

function clientEndsFirst(done) {
  var ev = [];
  var server = net.createServer({ allowHalfOpen: true }, function (c) {
    c.on('end', function () {
      ev.push('S end');
      setTimeout(function () { c.write('later'); c.end(); ev.push('S after end()'); }, 20);
    });
    c.on('finish', function () { ev.push('S finish'); });
    c.on('close', function (h) { ev.push('S close ' + h); server.close(); });
    c.resume();
  });
  server.on('close', function () { setTimeout(function () { console.log(ev.join('\n') + '\n'); done(); }, 20); });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    c.on('connect', function () { c.end(); ev.push('C after end()'); });
    c.on('data', function (d) {
      ev.push('C data ' + d);
      setImmediate(function () { ev.push('C immediate after data'); });
    });
    c.on('finish', function () { ev.push('C finish'); });
    c.on('end', function () { ev.push('C end'); });
    c.on('close', function (h) { ev.push('C close ' + h); });
  });
}

function serverEndsFirst(done) {
  var ev = [];
  var server = net.createServer(function (c) {
    c.end('bye');
    c.on('data', function (d) { ev.push('S data ' + d); });
    c.on('finish', function () { ev.push('S finish'); });
    c.on('end', function () { ev.push('S end'); });
    c.on('close', function () { ev.push('S close'); server.close(); });
  });
  server.on('close', function () { setTimeout(function () { console.log(ev.join('\n') + '\n'); done(); }, 20); });
  server.listen(0, '127.0.0.1', function () {
    var d = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    d.on('data', function (x) { ev.push('C data ' + x); });
    d.on('end', function () {
      ev.push('C end');
      setTimeout(function () {
        d.end('late');
        ev.push('C after end()');
        setImmediate(function () { ev.push('C immediate'); });
      }, 20);
    });
    d.on('finish', function () { ev.push('C finish'); });
    d.on('close', function () { ev.push('C close'); });
  });
}

clientEndsFirst(function () { serverEndsFirst(function () {}); });
