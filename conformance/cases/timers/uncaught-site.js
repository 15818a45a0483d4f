// A timer whose callback is no function: the uncaught TypeError's stderr starts with the
// site in 0.10's timers.js (first._onTimeout(), callback.apply, immediate._onImmediate()).
// The child is process.execPath.
var cp = require('child_process');
var srcs = [
  "setTimeout('x', 1)",
  "setTimeout(5, 1, 'a')",
  "setInterval(5)",
  "setInterval(5, 1, 'a')",
  "setImmediate(5)",
  "setImmediate(5, 'a')",
  "setTimeout(function () { throw new Error('inner'); }, 1, 'a')"
];
function next(i) {
  if (i === srcs.length) return;
  cp.execFile(process.execPath, ['-e', srcs[i]], function (err, stdout, stderr) {
    console.log(srcs[i], err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
