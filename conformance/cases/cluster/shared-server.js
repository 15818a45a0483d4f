// Two workers listen(0) on 127.0.0.1: the master binds once, both get the same port, and
// connections are answered by both over time. Then one crashes and cluster.disconnect()
// ends the other. Events are printed sorted (their order between workers is a race).
var cluster = require('cluster');
var net = require('net');
if (cluster.isMaster) {
  var ports = {}, seen = {}, n = 0, log = [];
  for (var i = 0; i < 2; i++) cluster.fork();
  ['fork', 'online', 'listening', 'disconnect', 'exit'].forEach(function (e) {
    cluster.on(e, function (w, a, b) {
      log.push(e + ' ' + w.id + (e === 'exit' ? ' ' + a + ' ' + b + ' ' + w.suicide : '') + (e === 'listening' ? ' ' + JSON.stringify([a.address, a.addressType, Object.keys(a)]) : ''));
    });
  });
  cluster.on('listening', function (w, a) {
    ports[a.port] = true;
    if (++n < 2) return;
    console.log('one port for both', Object.keys(ports).length === 1);
    var port = a.port;
    (function connect(k) {
      var c = net.connect(port, '127.0.0.1');
      c.setEncoding('utf8');
      var data = '';
      c.on('data', function (d) { data += d; });
      c.on('end', function () { seen[data] = true; if (Object.keys(seen).length < 2 && k < 2000) connect(k + 1); else crash(); });
    })(0);
  });
  var crash = function () {
    console.log('answered by', Object.keys(seen).sort().join(' '));
    cluster.workers[1].send('crash');
  };
  cluster.on('exit', function (w) {
    if (w.id === 1) cluster.disconnect(function () { console.log('disconnected', JSON.stringify(Object.keys(cluster.workers))); });
  });
  process.on('exit', function () { console.log(log.sort().join('\n')); });
} else {
  net.createServer(function (s) { s.end('worker' + cluster.worker.id); }).listen(0, '127.0.0.1');
  process.on('message', function (m) { if (m === 'crash') process.exit(3); });
}
