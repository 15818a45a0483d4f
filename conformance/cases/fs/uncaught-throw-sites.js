// An uncaught error that 0.10's fs.js threw from its own JavaScript is reported on stderr with
// that place: "fs.js:<line>", the line, a caret under what was thrown; a bad argument of an
// asynchronous call, at the line of fs.<name> that called the binding. Each program runs in a
// child of this runtime; its report's first lines are printed here.
var execFile = require('child_process').execFile;
var programs = [
  "require('fs').openSync('/tmp/x', 'bogus')",
  "require('fs').utimesSync('/tmp', 'x', 1)",
  "require('fs').watchFile('/tmp')",
  "require('fs').watch('/nonexistent-dir-of-a-case')",
  "require('fs').statSync('/x\\u0000')",
  "require('fs').readFile('/tmp/x', 'bogus-encoding', function () {})",
  "require('fs').createReadStream('/tmp/x', { start: 'a' })",
  "require('fs').createReadStream('/tmp/x', { start: 1, end: 'b' })",
  "require('fs').createReadStream('/tmp/x', { start: 5, end: 1 })",
  "require('fs').createWriteStream('/tmp/x', { start: 'z' })",
  "require('fs').createWriteStream('/tmp/x', { start: -1 })",
  "require('fs').chown('/tmp', 0, 'x', function () {})",
  "require('fs').readFile()",
  "require('fs').exists(undefined, function () {})",
  "require('fs').read('x', new Buffer(1), 0, 1, 0, function () {})"
];
(function next(i) {
  if (i === programs.length) return;
  execFile(process.execPath, ['-e', programs[i]], function (err, stdout, stderr) {
    console.log(programs[i]);
    console.log('  exit ' + (err && err.code) + '\n' + stderr.split('\n').slice(0, 5).join('\n'));
    next(i + 1);
  });
})(0);
