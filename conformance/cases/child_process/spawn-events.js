// spawn(): exit codes and signals, the order of 'exit' and 'close', the stdio streams' ends,
// kill() and its errors.
var cp = require('child_process');
var steps = [
  function (next) {
    var c = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 7']);
    var log = [];
    c.stdout.on('data', function (d) { log.push('stdout ' + JSON.stringify(String(d))); });
    c.stderr.on('data', function (d) { log.push('stderr ' + JSON.stringify(String(d))); });
    c.stdout.on('end', function () { log.push('stdout end'); });
    c.stderr.on('end', function () { log.push('stderr end'); });
    c.on('exit', function (code, signal) { log.push('exit ' + code + ' ' + signal); });
    c.on('close', function (code, signal) {
      log.push('close ' + code + ' ' + signal);
      // exit comes before close; the streams end before close.
      console.log(log.sort().join('\n'));
      console.log('close is last', log[log.length - 1] === 'close 7 null' || log.indexOf('close 7 null') > log.indexOf('exit 7 null'));
      console.log(c.exitCode, c.signalCode, c._handle, c.stdin.destroyed);
      next();
    });
  },
  function (next) {
    var c = cp.spawn('sleep', ['10']);
    try { c.kill('SIGNOPE'); } catch (e) { console.log(e.message); }
    try { c.kill(15); } catch (e) { console.log(e.message); }
    console.log('kill(0)', c.kill(0), c.killed);
    console.log('kill()', c.kill(), c.killed);
    c.on('exit', function (code, signal) {
      console.log('exit', code, signal, c.exitCode, c.signalCode);
      console.log('kill after exit', c.kill('SIGKILL'));
      next();
    });
  },
  function (next) {
    var c = cp.spawn('sleep', ['10']);
    c.kill('SIGHUP');
    c.on('exit', function (code, signal) { console.log('SIGHUP:', code, signal); next(); });
  },
  function (next) {
    var c = cp.spawn('sh', ['-c', 'kill -USR2 $$']);
    c.on('exit', function (code, signal) { console.log('self USR2:', code, signal); next(); });
  },
  function (next) {
    var c = cp.spawn('sh', ['-c', 'kill -ABRT $$']);
    c.on('exit', function (code, signal) { console.log('self ABRT:', code, signal); next(); });
  },
  function (next) {
    // Output nobody reads does not hold 'close' back (it fits the pipe and the buffers).
    var c = cp.spawn('sh', ['-c', 'head -c 100000 /dev/zero']);
    c.on('close', function (code) { console.log('unread output, close', code); next(); });
  },
  function (next) {
    var c = cp.spawn('sh', ['-c', 'echo $$']);
    var out = '';
    c.stdout.on('data', function (d) { out += d; });
    c.on('close', function () { console.log('pid matches', Number(out) === c.pid); next(); });
  }
];
(function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); })(0);
