// One worker at a time, ended each way: worker.kill() and worker.disconnect() in the master,
// kill()/disconnect() in the worker, process.disconnect(), process.exit(5), a throw, SIGKILL.
// The master's events, the worker's state and suicide flag at each, and what the master
// hears from the worker (ports masked).
var cluster = require('cluster');
var net = require('net');
var modes = ['master-kill', 'master-disconnect', 'worker-kill', 'worker-disconnect', 'process-disconnect', 'exit-5', 'throw', 'sigkill'];
if (cluster.isMaster) {
  cluster.setupMaster({silent: true});
  (function run(i) {
    if (i === modes.length) return;
    var mode = modes[i];
    var w = cluster.fork({MODE: mode});
    var log = [];
    w.process.on('internalMessage', function (m) {
      if (m.cmd === 'NODE_HANDLE_ACK' || m.cmd === 'NODE_HANDLE') return;
      log.push('  <- ' + JSON.stringify(m).replace(/"port":\d+/, '"port":N'));
    });
    w.on('online', function () { log.push('  online ' + w.state); });
    w.on('listening', function (a) {
      log.push('  listening ' + w.state + ' ' + JSON.stringify(a).replace(/"port":\d+/, '"port":N'));
      if (mode === 'master-kill') { w.kill(); log.push('  after kill ' + w.state + ' ' + w.suicide); }
      if (mode === 'master-disconnect') { w.disconnect(); log.push('  after disconnect ' + w.state + ' ' + w.suicide); }
      if (mode === 'sigkill') w.process.kill('SIGKILL');
    });
    w.on('disconnect', function () { log.push('  disconnect ' + w.state + ' ' + w.suicide + ' ' + (cluster.workers[w.id] === undefined)); });
    w.on('exit', function (code, signal) {
      // (A worker killed by SIGTERM exited with 143 under node 0.10, its own handler; not shown.)
      log.push('  exit ' + (mode === 'master-kill' ? '' : code + ' ' + signal) + ' ' + w.state + ' ' + w.suicide);
      console.log(mode + '\n' + log.join('\n'));
      run(i + 1);
    });
  })(0);
} else {
  var mode = process.env.MODE;
  var server = net.createServer().listen(0, '127.0.0.1', function () {
    if (mode === 'worker-kill') cluster.worker.kill();
    if (mode === 'worker-disconnect') cluster.worker.disconnect();
    if (mode === 'process-disconnect') process.disconnect();
    if (mode === 'exit-5') process.exit(5);
    if (mode === 'throw') throw new Error('boom');
  });
}
