// V8's --stack-trace-limit / --stack_trace_limit on the command line set Error.stackTraceLimit
// (the child is process.execPath: n10 under n10).
var cp = require('child_process');
var code = 'function a() { return new Error("x").stack; } function b() { return a(); } console.log(Error.stackTraceLimit, b().split("\\n").length)';
cp.execFile(process.execPath, ['--stack-trace-limit=1', '-e', code], function (err, stdout) {
  console.log(err, stdout);
  cp.execFile(process.execPath, ['--stack_trace_limit=2', '-e', code], function (err, stdout) {
    console.log(err, stdout);
    cp.execFile(process.execPath, ['-p', 'Error.stackTraceLimit'], function (err, stdout) {
      console.log(err, stdout);
    });
  });
});
