// An uncaught error thrown by util on a bad argument: stderr starts with the site in 0.10's
// util.js that threw it (file:line, the line, the caret). The child is process.execPath.
var cp = require('child_process');
var srcs = [
  "require('util').inherits(function () {}, undefined)",
  "require('util').inherits(undefined, function () {})",
  "require('util').inherits(function () {}, { prototype: 5 })"
];
function next(i) {
  if (i === srcs.length) return;
  cp.execFile(process.execPath, ['-e', srcs[i]], function (err, stdout, stderr) {
    console.log(srcs[i], err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
