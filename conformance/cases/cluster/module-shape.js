// The module in the master and in a worker: members, settings, setupMaster once and 'setup',
// the Worker object on both sides, environment, assertions in a worker.
var cluster = require('cluster');
var path = require('path');
if (cluster.isMaster) {
  console.log('master', cluster.isMaster, cluster.isWorker, cluster.worker, JSON.stringify(cluster.workers), JSON.stringify(cluster.settings));
  console.log(Object.keys(cluster).join(' '));
  console.log(Object.keys(cluster.Worker.prototype).join(' '), cluster.Worker.name, cluster.Worker.prototype.kill === cluster.Worker.prototype.destroy);
  cluster.on('setup', function () {
    var s = cluster.settings;
    console.log('setup', arguments.length, path.basename(s.exec), JSON.stringify(s.execArgv), JSON.stringify(s.args), s.silent, Object.keys(s).join(' '));
  });
  cluster.setupMaster({args: ['a', 'b'], execArgv: ['--no-deprecation'], other: 1});
  cluster.setupMaster({args: ['ignored']});
  var w = cluster.fork({EXTRA: 'x', NUM: 2});
  console.log('worker', Object.keys(w).join(' '), w.id, typeof w.id, w.state, w.suicide, w.process.constructor.name);
  cluster.on('fork', function (fw) { console.log('fork event', fw === w, w.state); });
  w.on('message', function (m) { console.log('from worker', JSON.stringify(m)); });
  w.on('exit', function (code, signal) { console.log('exit', code, signal, w.state, w.suicide); });
} else {
  var worker = cluster.worker;
  var out = {
    isWorker: cluster.isWorker,
    isMaster: cluster.isMaster,
    keys: Object.keys(worker),
    id: worker.id,
    state: worker.state,
    same: worker.process === process,
    argv: process.argv.slice(2),
    execArgv: process.execArgv,
    env: [process.env.EXTRA, process.env.NUM, process.env.NODE_UNIQUE_ID, process.env.NODE_CHANNEL_FD],
    workers: cluster.workers,
    settings: cluster.settings
  };
  try { cluster.fork(); } catch (e) { out.fork = e.name + ': ' + e.message; }
  try { cluster.setupMaster(); } catch (e) { out.setupMaster = e.name + ': ' + e.message; }
  process.send(out);
  process.exit(4);
}
