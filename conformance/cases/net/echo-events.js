// A server that echoes and closes: the order of connect/data/end/finish/close on both sides.
var net = require('net');
var ev = [];
var server = net.createServer(function (c) {
  ev.push('s:conn');
  c.on('data', function (d) { ev.push('s:data:' + d); c.write(d); });
  c.on('end', function () { ev.push('s:end'); c.end(); });
  c.on('finish', function () { ev.push('s:finish'); });
  c.on('close', function (had) { ev.push('s:close:' + had); server.close(); });
});
server.on('listening', function(){ ev.push('listening'); });
server.on('close', function(){ ev.push('server:close'); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  console.log(Object.keys(server.address()).join(), server.address().family);
  var c = net.connect(port, '127.0.0.1', function () { ev.push('c:connect'); c.write('hi'); c.end(); });
  c.setEncoding('utf8');
  ['lookup','end','finish','close','timeout','drain'].forEach(function(n){ c.on(n, function(a){ ev.push('c:' + n + (n==='close'?':'+a:'')); }); });
  c.on('data', function(d){ ev.push('c:data:' + d); });
});
process.on('exit', function(){ console.log(ev.join('\n')); });
