// A paused server socket: the client sees write() return false and waits for drain; all bytes arrive.
var net = require('net');
var server = net.createServer(function (c) {
  var n = 0;
  c.on('data', function (d) { n += d.length; });
  c.pause();
  setTimeout(function(){ console.log('server before resume', n); c.resume(); }, 50);
  c.on('end', function(){ console.log('server end', n); server.close(); });
});
server.listen(0, function () {
  var c = net.connect(server.address().port);
  var chunk = new Buffer(65536); chunk.fill(97);
  var writes = 0, falses = 0;
  function w() { while (writes < 100) { writes++; if (!c.write(chunk)) { falses++; c.once('drain', w); return; } } c.end(); console.log('client ended writes', writes, falses > 0); }
  c.on('connect', w);
  c.on('close', function(){ console.log('client close', c.bytesWritten); });
});
