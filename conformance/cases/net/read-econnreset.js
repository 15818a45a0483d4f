// A socket reset by its peer (the server destroys it with unread data in its buffer): the
// client's 'error' is "read ECONNRESET" from TCP.onread; unhandled, stderr shows 0.10's frames.
if (process.argv[2] !== 'child') {
  require('child_process').execFile(process.execPath, [__filename, 'child'], function (err, stdout, stderr) {
    console.log(err && err.code, JSON.stringify(stdout), stderr);
  });
  return;
}
var net = require('net');
var server = net.createServer(function (c) {
  c.once('data', function () {
    c.pause();
    c.write('x');
    setTimeout(function () { c.destroy(); server.close(); }, 50);
  });
}).listen(0, '127.0.0.1', function () {
  var s = net.connect(server.address().port, '127.0.0.1', function () {
    s.write(new Buffer(1024));
    setTimeout(function () { s.write(new Buffer(4 * 1024 * 1024)); }, 20);
  });
  s.on('data', function (d) { console.log('data', d.length); });
});
