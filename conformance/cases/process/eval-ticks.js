// -e/-p code is not followed by a drain of the tick queue (a program file is): its ticks
// run on the loop's first turn, after the timers already due there.
var spawn = require('child_process').spawn;
var code = 'setTimeout(function () { console.log("timer"); process.nextTick(function () { console.log("tick from timer"); }); }, 0);' +
  'process.nextTick(function () { console.log("tick"); });' +
  'setImmediate(function () { console.log("immediate"); });' +
  'var t = Date.now(); while (Date.now() - t < 5);';
var runs = [['-e', code], ['-p', code + ' "printed"'], ['-e', 'process.nextTick(function () { console.log("only a tick"); })']];
(function next() {
  var args = runs.shift();
  if (!args) return;
  var c = spawn(process.execPath, args);
  var out = '';
  c.stdout.on('data', function (d) { out += d; });
  c.on('close', function (code) {
    console.log(args[0], code, JSON.stringify(out));
    next();
  });
})();
