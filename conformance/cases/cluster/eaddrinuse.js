// A worker's listen() on a port another server holds: 'error' bind EADDRINUSE in the worker.
var cluster = require('cluster');
var net = require('net');
if (cluster.isMaster) {
  var blocker = net.createServer().listen(0, '127.0.0.1', function () {
    var w = cluster.fork({PORT: blocker.address().port});
    w.on('message', function (m) { console.log('worker says', JSON.stringify(m)); });
    w.on('exit', function (code) { console.log('exit', code); blocker.close(); });
  });
} else {
  var s = net.createServer();
  s.on('error', function (e) { process.send([e.message, e.code, e.errno, e.syscall, Object.keys(e)]); process.exit(0); });
  s.listen(+process.env.PORT, '127.0.0.1');
}
