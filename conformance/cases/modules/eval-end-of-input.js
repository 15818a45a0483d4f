// A script (-e, stdin) that ends too early: V8 3.14 showed no caret, and a script ending
// with a line break had its end on line 0. The child is process.execPath (n10 under n10).
var cp = require('child_process');
var srcs = ['var', 'x(\n', 'x(\n  ', 'x(\n//c', 'if (1) {\n\n'];
function next(i) {
  if (i === srcs.length) return;
  cp.execFile(process.execPath, ['-e', srcs[i]], function (err, stdout, stderr) {
    console.log(JSON.stringify(srcs[i]), err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
