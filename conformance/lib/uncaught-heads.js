// For conformance cases about uncaught errors: runs each source with `-e` in a child of the
// same runtime (process.execPath), one after another, and prints the source, the exit code
// and the first five lines of the child's stderr (the site 0.10 showed, then the error).
var cp = require('child_process');

module.exports = function printUncaughtHeads(srcs, label, lines) {
  function next(i) {
    if (i === srcs.length) return;
    cp.execFile(process.execPath, ['-e', srcs[i]], function (err, stdout, stderr) {
      console.log(label ? label(srcs[i]) : srcs[i], err && err.code, JSON.stringify(stderr.split("\n").slice(0, lines || 5)));
      next(i + 1);
    });
  }
  next(0);
};
