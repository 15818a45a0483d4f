// exec() and execFile(): output, 0.10's error object, timeouts, maxBuffer, encodings, the
// positions of args/options/callback.
var cp = require('child_process');
function show(label, quietStderr) {
  return function (err, stdout, stderr) {
    // (0.10's forked child may or may not have written its execvp() complaint by then.)
    if (quietStderr) stderr = '';
    // How much came before maxBuffer stopped the streams depends on the reads: only its range.
    var length = String(stdout).length > 200 * 1024 ? '>200KiB' : String(stdout).length;
    console.log(label, err ? JSON.stringify([err.message, Object.keys(err), err.code, err.killed, err.signal]) : null, typeof stdout, JSON.stringify(String(stdout).slice(0, 40)), length, JSON.stringify(String(stderr).slice(0, 40)));
    next();
  };
}
var steps = [
  function () { cp.exec('echo hi; echo err >&2', show('plain')); },
  function () { cp.exec('echo partial; echo why >&2; exit 3', show('exit 3')); },
  function () { cp.exec('kill -9 $$', show('self-kill')); },
  function () { cp.exec('sleep 5', {timeout: 100}, show('timeout')); },
  function () { cp.exec('sleep 5', {timeout: 100, killSignal: 'SIGKILL'}, show('timeout SIGKILL')); },
  function () { cp.exec('sleep 1', {timeout: 50, killSignal: 'SIGNOPE'}, show('bad killSignal')); },
  function () { cp.exec('head -c 300000 /dev/zero | tr "\\0" y', show('maxBuffer default')); },
  function () { cp.exec("trap '' TERM; printf 0123456789; sleep 1; printf abc", {maxBuffer: 5}, show('maxBuffer 5')); },
  function () { cp.exec('printf 0123456789 >&2', {maxBuffer: 5}, show('stderr maxBuffer')); },
  function () { cp.exec('printf hi', {encoding: 'hex'}, show('hex')); },
  function () { cp.exec('printf hi', {encoding: 'base64'}, show('base64')); },
  function () { cp.exec('printf hi', {encoding: null}, show('null encoding')); },
  function () { cp.exec('echo "$X|$HOME"', {env: {X: 'x'}}, show('env')); },
  function () { cp.exec('pwd', {cwd: '/'}, show('cwd')); },
  function () { var c = cp.exec('cat', show('killed by hand')); c.kill('SIGHUP'); },
  function () { cp.execFile('echo', ['a', '$HOME'], show('execFile args')); },
  function () { cp.execFile('echo', show('execFile no args')); },
  function () { cp.execFile('pwd', {cwd: '/'}, show('execFile options only')); },
  function () { cp.execFile('echo', ['x'], null, show('execFile null options')); },
  function () { cp.execFile('n10-no-such-program', [], show('execFile ENOENT', true)); },
  function () { cp.exec('n10-no-such-program 2>/dev/null', show('exec not found')); }
];
var i = 0;
function next() { if (i < steps.length) steps[i++](); }
next();
