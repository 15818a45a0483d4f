// runtime-only: the frames of child_process.js are placed by the runtime
// Where a child's events come from, as a listener's stack shows: 'message' (the channel's
// onread, handleMessage), 'disconnect' (disconnect's finish; in the parent, onread at the
// channel's end), a spawn 'error' (the handle's onexit), exec's callback (maybeClose), a
// stdout 'data' and 'end'. The program's own frames are left out.
Error.stackTraceLimit = 30;
var cp = require('child_process');
function frames(n) { return new Error('x').stack.split('\n').slice(2).filter(function (l) { return !/event-frames/.test(l); }).slice(0, n).join('\n'); }
if (process.argv[2] === 'child') {
  process.on('message', function (m) { console.log('child message\n' + frames(4)); process.disconnect(); });
  process.on('disconnect', function () { console.log('child disconnect\n' + frames(4)); });
  return;
}
var c = cp.fork(__filename, ['child'], { silent: true });
var childOut = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', function (d) { childOut += d; });
process.on('exit', function () { console.log(childOut); });
c.on('disconnect', function () { console.log('parent disconnect\n' + frames(5)); });
c.on('exit', function () {
  var e = cp.spawn('nonexistent-zz');
  e.on('error', function (er) { console.log(er.stack.split('\n').slice(0, 3).join('\n')); console.log('spawn error\n' + frames(5)); });
  e.on('close', function () {
    cp.exec('echo hi', function () { console.log('exec cb\n' + frames(3));
      var d = cp.spawn('echo', ['x']);
      d.stdout.on('data', function () { console.log('stdout data\n' + frames(6)); });
      d.stdout.on('end', function () { console.log('stdout end\n' + frames(4)); });
    });
  });
});
c.send('hello');
