// What 0.10 printed for uncaught values that are not plain Errors of the program's realm:
// an Error of a vm context (its stack; the site is the program's call into the vm), an
// object whose stack is not a string (its String), an object with name and message but no
// stack ("name: message", not its toString()).
var cp = require('child_process');
var progs = [
  'require("vm").runInNewContext("var a;\\nthrow new TypeError(\\"from ctx\\")", {}, "ctx.js")',
  'var e = new Error("x"); e.stack = 12; throw e',
  'throw { name: "N", message: "M", toString: function () { return "T"; } }',
  'var o = Object.create(Error.prototype); o.message = "fake"; throw o',
  'var e = new Error("x"); e.stack = ""; throw e'
];
function next(i) {
  if (i === progs.length) return;
  cp.execFile(process.execPath, ['-e', progs[i]], function (err, stdout, stderr) {
    var lines = stderr.split('\n').filter(function (l) { return !/^\s+at /.test(l) || /ctx\.js/.test(l); });
    var caret = -1;
    lines.forEach(function (l, j) { if (/^\s*\^+$/.test(l)) caret = j; });
    // (After the site's caret; with no site known, after the report's opening blank line.)
    var rest = lines.slice(caret + 1);
    while (rest.length && rest[0] === '') rest.shift();
    console.log(i, err && err.code, JSON.stringify(rest));
    next(i + 1);
  });
}
next(0);
