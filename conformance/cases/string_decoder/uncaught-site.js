// An uncaught error of string_decoder on bad input: stderr starts with the site in 0.10's string_decoder.js
// that threw it. The child is process.execPath.
var cp = require('child_process');
var srcs = [
  "new (require(\"string_decoder\").StringDecoder)(\"bogus\")"
];
function next(i) {
  if (i === srcs.length) return;
  cp.execFile(process.execPath, ['-e', srcs[i]], function (err, stdout, stderr) {
    console.log(srcs[i], err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
