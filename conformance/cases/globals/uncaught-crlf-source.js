// The source line above an uncaught error in a file with CRLF line ends: V8 3.14 showed it
// without its CR (a throw statement's line and an engine error's alike).
var fs = require('fs');
var os = require('os');
var path = require('path');
var cp = require('child_process');
var sources = ['var x = 1;\r\nthrow new Error("boom");\r\n', 'var x = 1;\r\nnull.y;\r\n'];
var file = path.join(os.tmpdir(), 'n10-crlf-' + process.pid + '.js');
(function next(i) {
  if (i === sources.length) return fs.unlinkSync(file);
  fs.writeFileSync(file, sources[i]);
  cp.execFile(process.execPath, [file], function (err, stdout, stderr) {
    console.log(i, err && err.code, JSON.stringify(stderr.split(file).join('FILE').split('\n').slice(0, 5)));
    next(i + 1);
  });
})(0);
