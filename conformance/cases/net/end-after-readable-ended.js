// socket.end() on a socket whose readable side is done destroys it at once (0.10's
// maybeDestroy), and 'close' follows.
var net = require('net');
var L = [];
var server = net.createServer({allowHalfOpen: true}, function (c) {
  c.on('end', function () {
    L.push('s:end readable=' + c.readable + ' writable=' + c.writable);
    c.end();
    L.push('s:after end() destroyed=' + c.destroyed);
    process.nextTick(function(){ L.push('s:tick destroyed=' + c.destroyed); });
  });
  c.on('finish', function(){ L.push('s:finish'); });
  c.on('close', function () { L.push('s:close'); server.close(); });
  c.resume();
});
server.listen(0, function () {
  var c = net.connect({port: server.address().port, allowHalfOpen: true}, function(){ c.end(); });
  c.on('end', function(){ L.push('c:end'); });
  c.on('close', function(){ L.push('c:close'); });
  c.resume();
});
process.on('exit', function(){ console.log(L.join('\n')); });
