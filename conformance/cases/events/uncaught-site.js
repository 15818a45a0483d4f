// An uncaught TypeError of an EventEmitter argument check: stderr starts with the site in
// 0.10's events.js (49, 130, 171, 189). The child is process.execPath.
var cp = require('child_process');
var srcs = [
  "new (require('events').EventEmitter)().on('x', 5)",
  "new (require('events').EventEmitter)().once('x')",
  "new (require('events').EventEmitter)().removeListener('x', 5)",
  "new (require('events').EventEmitter)().setMaxListeners('a')"
];
function next(i) {
  if (i === srcs.length) return;
  cp.execFile(process.execPath, ['-e', srcs[i]], function (err, stdout, stderr) {
    console.log(srcs[i], err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
