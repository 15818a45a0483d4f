// runtime-only: the frames of child_process.js errors are placed by the runtime
// The errors spawn(), execFile() and send() threw for bad arguments, with 0.10's frames:
// exports.spawn's argument copy (slice, unshift), ChildProcess#spawn's stdio checks and its
// stdio.reduce callback (a function without a name), the binding's refusal of a file that is
// not a string, a handle that cannot be sent.
var cp = require('child_process');
function frames(f) {
  try { f(); } catch (e) {
    console.log(e.stack.split('\n').slice(0, 5).filter(function (l) {
      return !/cases/.test(l);
    }).join('\n'));
  }
}
frames(function () { cp.spawn(5); });
frames(function () { cp.spawn('true', 5); });
frames(function () { cp.spawn('true', { slice: function () { return 1; } }); });
frames(function () { cp.execFile(); });
frames(function () { cp.spawn('true', [], { stdio: ['ipc', 'ipc'] }); });
frames(function () { cp.spawn('true', [], { stdio: 'bogus' }); });
frames(function () { cp.spawn('true', [], { stdio: 7 }); });
frames(function () { cp.spawn('true', [], { stdio: ['pipe', {}, 'pipe'] }); });
var f = cp.fork(__dirname + '/fixtures/quiet.js');
frames(function () { f.send('x', {}); });
var opts = { customFds: [-1, -1, -1] };
cp.spawn('true', [], opts).on('exit', function (code) { console.log('exit', code, JSON.stringify(opts.stdio)); });
