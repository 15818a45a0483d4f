// exec() goes through the module's execFile, as 0.10's exports.execFile: a program (or a
// test's stub) that replaces child_process.execFile sees exec's calls. spawn and fork it
// called as local functions: replacing the module's spawn changes neither.
var cp = require('child_process');
var origExecFile = cp.execFile;
var origSpawn = cp.spawn;
cp.execFile = function (file, args) {
  console.log('execFile replacement called with', file, JSON.stringify(args));
  return origExecFile.apply(this, arguments);
};
cp.spawn = function (file, args) {
  console.log('spawn replacement called with', file, JSON.stringify(args));
  return origSpawn.apply(this, arguments);
};
cp.exec('echo hi', function (err, stdout) {
  console.log('exec', err, JSON.stringify(stdout));
  cp.execFile('echo', ['x'], function (err, stdout) {
    console.log('execFile', err, JSON.stringify(stdout));
  });
});
