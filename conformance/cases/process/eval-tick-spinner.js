// Ticks a -e program leaves queued: 0.10 ran them from its spinner (process._tickFromSpinner
// under _tickCallback in their stacks).
var cp = require('child_process');
var tick = 'process.nextTick(function(){ console.log(new Error("a").stack.split("\\n").slice(1).join("|")) });';
// (A timer due at once is left out: whether it is due on the loop's first turn is a matter of
// timing, in 0.10 too.)
var extras = ['', 'setImmediate(function(){})', 'require("fs").stat(".", function(){})', 'setTimeout(function(){},500)', 'process.nextTick(function(){ throw new Error("x") })'];
(function next(i) {
  if (i === extras.length) return;
  cp.execFile(process.execPath, ['-e', tick + extras[i]], function (err, stdout, stderr) {
    console.log(i, err && err.code, JSON.stringify(stdout), JSON.stringify(stderr.split('\n').filter(function (l) { return /^\s+at /.test(l); })));
    next(i + 1);
  });
})(0);
