// listen EADDRINUSE and connect ECONNREFUSED errors (code, errno, syscall, keys); close() of a server that is not listening throws 'Not running'.
var net = require('net');
var ev = [];
var s1 = net.createServer();
s1.listen(0, '127.0.0.1', function () {
  var port = s1.address().port;
  var s2 = net.createServer();
  s2.on('error', function (e) {
    ev.push('s2 error ' + e.code + ' ' + e.errno + ' ' + e.syscall + ' ' + (e.message === 'listen EADDRINUSE'));
    s1.close(function () {
      ev.push('s1 closed');
      var c = net.connect(port, '127.0.0.1');
      c.on('error', function (e) {
        ev.push('c error ' + e.code + ' ' + e.errno + ' ' + e.syscall + ' ' + e.message);
        ev.push(Object.keys(e).sort().join(','));
      });
      c.on('close', function (h) { ev.push('c close ' + h); 
        // close a non-listening server
        var s3 = net.createServer();
        try { s3.close(); ev.push('close no throw'); } catch (er) { ev.push('close threw ' + er.message); }
        s3.on('error', function (e) { ev.push('s3 error ' + e.message); });
        s3.close(function (err) { ev.push('s3 close cb ' + (err && err.message)); });
      });
    });
  });
  s2.listen(port, '127.0.0.1');
});
process.on('exit', function () { console.log(ev.join('\n')); });
