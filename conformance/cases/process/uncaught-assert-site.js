// An uncaught failed assert.*() as 0.10 reported it on stderr: the site is the line of
// assert.js that threw (fail()), then "AssertionError: <message>".
var cp = require('child_process');
var progs = [
  'require("assert").equal(1, 2)',
  'var assert = require("assert"); setTimeout(function () { assert.deepEqual({a: 1}, {a: 2}, "msg"); }, 1)',
  'process.on("exit", function () { require("assert").ok(false); })',
  'require("assert")(0, "zero")'
];
function next(i) {
  if (i === progs.length) return;
  cp.execFile(process.execPath, ['-e', progs[i]], function (err, stdout, stderr) {
    console.log(i, err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
