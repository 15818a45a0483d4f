// An uncaught error of punycode on bad input: stderr starts with the site in 0.10's punycode.js
// that threw it. The child is process.execPath.
var cp = require('child_process');
var srcs = [
  "require(\"punycode\").decode(\"\\u0080\")",
  "require(\"punycode\").toUnicode(\"xn--\\u0080\")"
];
function next(i) {
  if (i === srcs.length) return;
  cp.execFile(process.execPath, ['-e', srcs[i]], function (err, stdout, stderr) {
    console.log(srcs[i], err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
