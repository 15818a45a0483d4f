// An error that assert.doesNotThrow / assert.throws / assert.ifError rethrew and nobody
// caught: stderr starts with 0.10's assert.js site (308, 324). The child is process.execPath.
var cp = require('child_process');
var srcs = [
  "require('assert').doesNotThrow(function () { throw new Error('x'); })",
  "require('assert').throws(function () { throw new Error('x'); }, TypeError)",
  "require('assert').ifError(new Error('iferr'))",
  "setTimeout(function () { require('assert').ifError(new Error('later')); }, 1)"
];
function next(i) {
  if (i === srcs.length) return;
  cp.execFile(process.execPath, ['-e', srcs[i]], function (err, stdout, stderr) {
    console.log(srcs[i], err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
