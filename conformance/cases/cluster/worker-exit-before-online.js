// A worker that sent a message and exited before the master's loop first polled (the master
// was busy): node 0.10's master saw the worker's 'exit' first (state dead), then, from the
// messages still in the channel, 'online' (state online again) and the message, then
// 'disconnect'.
var cluster = require('cluster');
var fs = require('fs');

function ended(pid) {
  // Linux: a zombie (ended, not yet reaped) has state Z in /proc/<pid>/stat; node has
  // threads, and the parent hears of the end only when the last of them is gone too.
  var stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).charAt(0) === 'Z' &&
    fs.readdirSync('/proc/' + pid + '/task').length === 1;
}

if (cluster.isMaster) {
  var ev = [];
  ['fork', 'online', 'listening', 'disconnect', 'exit'].forEach(function (name) {
    cluster.on(name, function (worker) { ev.push(name + ' ' + worker.id + ' ' + worker.state); });
  });
  var worker = cluster.fork();
  worker.on('message', function (m) { ev.push('message ' + JSON.stringify(m)); });
  worker.on('exit', function (code, signal) { ev.push('worker exit ' + code + ' ' + signal + ' suicide ' + worker.suicide); });
  process.on('exit', function () { console.log(ev.join('\n')); });
  while (!ended(worker.process.pid));
} else {
  process.send('hi');
  process.exit(4);
}
