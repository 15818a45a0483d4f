// worker.kill() and process.kill(SIGTERM) end a 0.10 worker with exit code 143 (its own SIGTERM handler), SIGKILL by the signal; suicide flags; cluster 'exit'.
var cluster = require('cluster'), http = require('http');
if (cluster.isMaster) {
  var ev = [];
  var w = cluster.fork({ ROLE: 'w1' });
  w.on('online', function () { ev.push('online ' + w.id); });
  w.on('listening', function (addr) { ev.push('listening ' + addr.address + ' ' + typeof addr.port);
    http.get({ port: addr.port, host: '127.0.0.1' }, function (res) {
      var b = ''; res.on('data', function (d) { b += d; });
      res.on('end', function () { ev.push('response ' + b); w.kill(); });
    });
  });
  // worker.kill() disconnects and sends SIGTERM: the worker exits 0 (its server closed, its
  // channel gone) or 143 (the signal came first); node 0.10 itself goes either way.
  function killed(code) { return code === 0 || code === 143 ? '0|143' : code; }
  w.on('exit', function (code, sig) { ev.push('worker exit ' + killed(code) + ' ' + sig + ' suicide=' + w.suicide + ' ' + killed(w.process.exitCode) + ' ' + w.process.signalCode);
    var w2 = cluster.fork();
    w2.on('online', function () { w2.process.kill('SIGTERM'); });
    w2.on('exit', function (code, sig) { ev.push('w2 exit ' + code + ' ' + sig + ' suicide=' + w2.suicide);
      var w3 = cluster.fork();
      w3.on('online', function () { w3.process.kill('SIGKILL'); });
      w3.on('exit', function (code, sig) { ev.push('w3 exit ' + code + ' ' + sig); });
    });
  });
  cluster.on('exit', function (worker, code, sig) { ev.push('cluster exit ' + worker.id + ' ' + (worker.id === 1 ? killed(code) : code) + ' ' + sig); });
  process.on('exit', function () { console.log(ev.join('\n')); });
} else {
  if (process.env.ROLE === 'w1') http.createServer(function (req, res) { res.end('from worker ' + cluster.worker.id); }).listen(0, '127.0.0.1');
}
