// The child's channel keeps it alive only while it listens for 'message' or 'disconnect';
// 'close' waits for the channel, and never comes when the parent disconnected first (0.10).
var cp = require('child_process');
var path = __dirname + '/fixtures/lifetime.js';
var modes = ['none', 'message', 'removed', 'disconnect'];
var exited = [];
modes.forEach(function (m) {
  var c = cp.fork(path, [m], {silent: true});
  c.on('exit', function (code) { exited.push(m + ' exit ' + code); });
  c.on('close', function (code) { exited.push(m + ' close ' + code); });
  c.on('disconnect', function () { exited.push(m + ' disconnect'); });
  if (m === 'message' || m === 'disconnect') setTimeout(function () { exited.push(m + ' still running'); c.disconnect(); }, 1000);
});
process.on('exit', function () { console.log(exited.sort().join('\n')); });
