// socket.setTimeout(ms, cb) on the server side ends an idle connection; setTimeout(0) returns the socket.
var net = require('net');
var ev = [];
var server = net.createServer(function (c) {
  c.setTimeout(50, function () { ev.push('s:timeout cb'); c.end('bye'); });
  c.on('timeout', function () { ev.push('s:timeout ev'); });
  c.on('close', function () { ev.push('s:close'); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var r = c.setTimeout(0);
  ev.push('setTimeout returns socket ' + (r === c));
  c.on('data', function (d) { ev.push('c:data ' + d); });
  c.on('end', function () { ev.push('c:end'); });
  c.on('close', function () { ev.push('c:close'); });
});
process.on('exit', function () { console.log(ev.join('\n')); });
