// A program that cannot be started: 'error' (spawn ENOENT/EACCES), no 'exit', what the child
// "said" on stderr, 'close' with -1; argument errors thrown by spawn().
var cp = require('child_process');
var fs = require('fs');
function attempt(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, 'throws', e.constructor.name, e.message); }
}
attempt('no command', function () { cp.spawn(); });
attempt('number command', function () { cp.spawn(42); });
attempt('options for args', function () { cp.spawn('echo', {cwd: '/'}); });
attempt('string args', function () { cp.spawn('echo', 'abc'); });
attempt('bad stdio string', function () { cp.spawn('true', [], {stdio: 'all'}); });
attempt('bad stdio entry', function () { cp.spawn('true', [], {stdio: ['pipe', 'inherit']}); });
attempt('object entry', function () { cp.spawn('true', [], {stdio: [{}]}); });
attempt('two ipc', function () { cp.spawn('true', [], {stdio: ['ipc', 'ipc']}); });

var file = 'noexec-' + process.pid + '.sh';
fs.writeFileSync(file, 'echo hi\n');
fs.chmodSync(file, 420);
var cases = [
  ['missing', 'n10-no-such-program', [], {}],
  ['not executable', './' + file, [], {}],
  ['a directory', '/tmp', [], {}],
  ['missing cwd', 'ls', [], {cwd: '/n10/no/such/dir'}]
];
(function run(i) {
  if (i === cases.length) { fs.unlinkSync(file); return; }
  var c = cp.spawn(cases[i][1], cases[i][2], cases[i][3]);
  var log = [];
  var err = '';
  c.on('error', function (e) { log.push('error ' + e.message + ' ' + JSON.stringify([e.code, e.errno, e.syscall, Object.keys(e)])); });
  c.on('exit', function (code, signal) { log.push('exit ' + code + ' ' + signal); });
  var ended = false;
  // (Whether the pipe's end or the error comes first was a race in 0.10.)
  c.stdout.on('end', function () { ended = true; });
  c.stderr.on('data', function (d) { err += d; });
  c.on('close', function (code, signal) {
    log.push('stdout ended ' + ended);
    log.push('close ' + code + ' ' + signal);
    console.log(cases[i][0] + ':\n  ' + log.join('\n  ') + '\n  stderr ' + JSON.stringify(err) + '\n  ' + [c.exitCode, c.signalCode].join(' '));
    run(i + 1);
  });
})(0);
