// A program's throw of a value made elsewhere (`if (err) throw err;` in a callback, a catch
// clause's rethrow, a string): stderr shows the throw's own line and caret, as 0.10's did, and
// the error's stack from where it was made.
var cp = require('child_process');
var fs = require('fs');
var path = require('path');
var dir = path.join(__dirname, 'rethrows');
var files = fs.readdirSync(dir).sort();
(function next(i) {
  if (i === files.length) return;
  cp.execFile(process.execPath, [path.join(dir, files[i])], function (err, stdout, stderr) {
    console.log(files[i], err && err.code, JSON.stringify(stdout));
    console.log(stderr.split(dir).join('<dir>'));
    next(i + 1);
  });
})(0);
