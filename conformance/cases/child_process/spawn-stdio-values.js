// spawn's options.stdio as 0.10 read it: `options.stdio || 'pipe'`, then a string or an array;
// anything else (a number, true, an object, a function) is TypeError('Incorrect value of stdio
// option: ' + value), and a falsy value is 'pipe'.
var cp = require('child_process');
[5, true, {}, 0, '', null, false, undefined, function () {}].forEach(function (v) {
  try {
    var c = cp.spawn('true', [], { stdio: v });
    console.log(typeof v, JSON.stringify(v), 'spawned', !!c.stdin, !!c.stdout, !!c.stderr, c.stdio.length);
  } catch (e) {
    console.log(typeof v, JSON.stringify(v), e.name, e.message);
  }
});
