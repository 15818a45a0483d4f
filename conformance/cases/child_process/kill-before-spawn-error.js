// kill() on a child whose program could not be started: 0.10 had forked it, so until the
// 'error' the signal went to that child (true, killed), and the end was still 'error' and
// 'close' -1, with no 'exit'. After the error there is nothing to signal.
var cp = require('child_process');
var c = cp.spawn('nonexistent-program-n10');
console.log('kill ' + c.kill() + ' killed ' + c.killed + ' again ' + c.kill('SIGKILL'));
c.on('error', function (e) { console.log('error ' + e.code + ' kill ' + c.kill() + ' exitCode ' + c.exitCode + ' signalCode ' + c.signalCode); });
c.on('exit', function (code, signal) { console.log('exit ' + code + ' ' + signal); });
c.on('close', function (code, signal) { console.log('close ' + code + ' ' + signal + ' killed ' + c.killed); });
