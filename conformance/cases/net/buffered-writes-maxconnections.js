// Writes before connect are sent on connect; maxConnections refuses a second client; write after end/close errors; unix-socket ENOENT and EADDRINUSE.
var net = require('net'), fs = require('fs');
var ev = [];
function log(s) { ev.push(s); }
var server = net.createServer(function (c) {
  server.getConnections(function (err, n) { log('getConnections ' + err + ' ' + n); });
  c.on('data', function (d) { log('srv data ' + d); });
  c.on('end', function () { log('srv end'); });
});
server.maxConnections = 1;
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var a = net.connect(String(port), '127.0.0.1');
  a.write('before-connect-1');
  a.write('before-connect-2', function (err) { log('write cb ' + err); });
  log('bufferSize before connect ' + a.bufferSize + ' connecting=' + a._connecting);
  a.on('connect', function () {
    log('a connect');
    var b = net.connect(port, '127.0.0.1');
    b.on('connect', function () { log('b connect (maxConnections rejects after accept)'); });
    b.on('close', function (h) { log('b close ' + h); 
      a.end('bye', function () { log('end cb'); });
      a.on('close', function () {
        log('a close');
        a.on('error', function (e) { log('a error ' + e.message); }); a.write('after close', function (err) { log('write after close cb ' + (err && err.message)); });
        var d = new net.Socket();
        log('new socket readyState ' + d.readyState + ' ' + d.remoteAddress + ' ' + d.bytesWritten);
        d.on('error', function (e) { log('unconnected error ' + e.message); });
        d.write('x', function (e) { log('unconnected write cb ' + (e && e.message)); });
        server.close(function () { log('server closed'); next(); });
      });
    });
    b.on('error', function (e) { log('b error ' + e.code); });
    b.on('end', function () { log('b end'); });
  });
});
function next() {
  var p = __dirname + '/tmp.sock';
  try { fs.unlinkSync(p); } catch (e) {}
  var c = net.connect(p);
  c.on('error', function (e) { log('pipe connect ' + e.code + ' ' + e.syscall + ' ' + e.message.replace(__dirname, '.'));
    var s = net.createServer().listen(p, function () {
      log('pipe listening ' + JSON.stringify(s.address()).replace(__dirname, '.'));
      var s2 = net.createServer();
      s2.on('error', function (e) { log('pipe in use ' + e.code + ' ' + e.syscall); s.close(function () { log('pipe server closed, file exists ' + fs.existsSync(p)); }); });
      s2.listen(p);
    });
  });
}
process.on('exit', function () { console.log(ev.join('\n')); });
