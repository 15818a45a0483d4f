// An unhandled 'error' event as 0.10 reported it on stderr: the site is events.js:72 (an
// Error) or :74 (anything else), then the error.
var cp = require('child_process');
var progs = [
  'new (require("events").EventEmitter)().emit("error", new Error("bad thing"))',
  'new (require("events").EventEmitter)().emit("error", "str")',
  'new (require("events").EventEmitter)().emit("error")',
  'require("net").connect(1, "127.0.0.1")',
  'require("fs").createReadStream("no-such-file")'
];
function next(i) {
  if (i === progs.length) return;
  cp.execFile(process.execPath, ['-e', progs[i]], function (err, stdout, stderr) {
    console.log(i, err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
