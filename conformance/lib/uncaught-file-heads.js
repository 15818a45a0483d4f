// For conformance cases about uncaught errors in a program file: writes each source to a file of
// its own in the temporary directory, runs it in a child of the same runtime (process.execPath),
// one after another, and prints its number, the exit code and the first five lines of the
// child's stderr with the file's path as FILE; then calls done, if given.
var cp = require('child_process');
var fs = require('fs');
var os = require('os');
var path = require('path');

module.exports = function printUncaughtFileHeads(sources, done) {
  var file = path.join(os.tmpdir(), 'n10-uncaught-' + process.pid + '.js');
  (function next(i) {
    if (i === sources.length) {
      fs.unlinkSync(file);
      if (done) done();
      return;
    }
    fs.writeFileSync(file, sources[i]);
    cp.execFile(process.execPath, [file], function (err, stdout, stderr) {
      console.log(i, err && err.code, JSON.stringify(stderr.split(file).join('FILE').split('\n').slice(0, 5)));
      next(i + 1);
    });
  })(0);
};
