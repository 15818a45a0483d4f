// An uncaught error that 0.10's readline.js (and tty.js) threw is reported on stderr with that
// place: "readline.js:<line>", the line, a caret under what was thrown. Each program runs in a
// child of this runtime; its report's first lines are printed here.
var execFile = require('child_process').execFile;
var programs = [
  "require('readline').cursorTo(process.stdout, undefined, 3)",
  "require('readline').createInterface(process.stdin, process.stdout, 5)",
  "require('tty').setRawMode(true)"
];
(function next(i) {
  if (i === programs.length) return;
  var child = execFile(process.execPath, ['-e', programs[i]], function (err, stdout, stderr) {
    console.log(programs[i]);
    console.log('  exit ' + (err && err.code) + '\n' + stderr.split('\n').slice(0, 6).join('\n'));
    next(i + 1);
  });
  child.stdin.end();
})(0);
