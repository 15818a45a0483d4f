// An uncaught error that 0.10's child_process.js threw from its own JavaScript is reported on
// stderr with that place: "child_process.js:<line>", the line (a long one windowed), a caret
// under what was thrown. Each program runs in a child of this runtime; its report's first
// lines are printed here.
var execFile = require('child_process').execFile;
var programs = [
  "require('child_process').spawn('true', [], { stdio: 'bogus' })",
  "require('child_process').spawn('true', [], { stdio: 5 })",
  "require('child_process').spawn('true', [], { stdio: ['ipc', 'ipc'] })",
  "require('child_process').spawn('true', [], { stdio: [{}] })",
  "require('child_process').spawn('true').kill('SIGFOO')"
];
(function next(i) {
  if (i === programs.length) return;
  execFile(process.execPath, ['-e', programs[i]], function (err, stdout, stderr) {
    console.log(programs[i]);
    console.log('  exit ' + (err && err.code) + '\n' + stderr.split('\n').slice(0, 5).join('\n'));
    next(i + 1);
  });
})(0);
