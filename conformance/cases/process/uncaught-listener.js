// 'uncaughtException': a listener keeps the process alive; the rest of the timer list and
// the ticks after a throwing tick still run, on the next turn (0.10's order).
var out = [];
process.on('uncaughtException', function (e) { out.push('caught ' + e.message); });
setTimeout(function () {
  setTimeout(function () { out.push('a'); throw new Error('in timer'); }, 30);
  setTimeout(function () { out.push('b'); }, 30);
  setImmediate(function () { out.push('immediate'); throw new Error('in immediate'); });
  setImmediate(function () { out.push('immediate 2'); });
  process.nextTick(function () { out.push('t1'); throw new Error('in tick'); });
  process.nextTick(function () { out.push('t2'); });
}, 1);
setTimeout(function () { console.log(out.join('\n')); }, 200);
process.on('exit', function (code) { console.log('exit', code); });
