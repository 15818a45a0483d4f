// listen(path) and connect(path): EADDRINUSE for a second listener, ENOENT for a missing path, the file removed on close.
var net = require('net');
var path = '/tmp/n10-conformance-net-unix.sock';
try { require('fs').unlinkSync(path); } catch (e) {}
var server = net.createServer(function (c) { c.end('hello unix'); });
server.listen(path, function () {
  console.log('address', server.address());
  var s2 = net.createServer(); s2.on('error', function(e){ console.log('s2', e.code, e.syscall, e.message); 
    var c = net.connect(path); c.setEncoding('utf8'); c.on('data', function(d){ console.log('data', d, c.remoteAddress); }); c.on('end', function(){ console.log('end'); server.close(function(){ console.log('closed', require('fs').existsSync(path)); }); });
  });
  s2.listen(path);
});
var c2 = net.connect('/tmp/n10-conformance-nonexistent.sock'); c2.on('error', function(e){ console.log('c2', e.code, e.syscall, e.message); });
