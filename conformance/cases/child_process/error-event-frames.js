// runtime-only: the frames of child_process.js errors are placed by the runtime
// Errors 0.10's child_process.js made and emitted (not threw): send on a closed channel,
// disconnect twice, and exec's maxBuffer on stdout and on stderr. Their stacks' first frame
// names the function and the line of child_process.js that made them.
var cp = require('child_process');
function top(e) { return e.stack.split('\n').slice(0, 2).join(' | '); }
var c = cp.fork(__dirname + '/fixtures/send-and-exit.js');
c.on('message', function () {});
c.on('exit', function () {
  c.on('error', function (e) { console.log(top(e)); });
  c.send('x');
  c.disconnect();
  cp.exec('printf 0123456789', { maxBuffer: 4 }, function (err) {
    console.log(top(err));
    cp.exec('printf 0123456789 >&2', { maxBuffer: 4 }, function (err) {
      console.log(top(err));
    });
  });
});
