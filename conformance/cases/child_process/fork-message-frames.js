// A listener of a forked child's 'message' runs under 0.10's handleMessage, called from the
// channel's onread: the first frames of its stack, by name.
var cp = require('child_process');
var child = cp.fork(__dirname + '/fixtures/send-and-exit.js');
child.on('message', function (m) {
  var frames = new Error('here').stack.split('\n').slice(1, 5).map(function (l) {
    return l.replace(/^\s+at /, '').replace(/ \(.*\)$/, '');
  });
  console.log(JSON.stringify(m), frames.join(' < '));
});
child.on('exit', function (code) { console.log('exit', code); });
