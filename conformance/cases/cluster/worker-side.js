// What a worker's own cluster.worker emits ('message', 'disconnect', 'exit'), and process
// messages both ways; printed by each worker through its own file of lines, then by the master.
var cluster = require('cluster');
var net = require('net');
if (cluster.isMaster) {
  var lines = [];
  var w = cluster.fork();
  w.on('message', function (m) { lines.push('master got ' + JSON.stringify(m)); });
  w.on('listening', function () { w.send({hello: 'worker'}); });
  w.on('exit', function (code) {
    lines.push('exit ' + code);
    console.log(lines.join('\n'));
  });
} else {
  var worker = cluster.worker;
  var said = [];
  ['message', 'disconnect', 'exit', 'online', 'listening'].forEach(function (e) {
    worker.on(e, function (a) { said.push('worker event ' + e + ' ' + JSON.stringify(a) + ' ' + worker.state); });
  });
  process.on('message', function (m) {
    said.push('process message ' + JSON.stringify(m));
    process.send({said: said});
    worker.disconnect();
  });
  var s = net.createServer().listen(0, '127.0.0.1');
  s.on('close', function () { said.push('server close'); });
}
