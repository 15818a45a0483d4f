// nextTick, setImmediate, setTimeout(0) and I/O callbacks, from inside a timer callback
// (where the order is fixed: ticks, then the check phase, then the next timers phase).
var out = [];
function log(s) { out.push(s); }
setTimeout(function () {
  log('timer');
  setTimeout(function () { log('timeout0'); process.nextTick(function () { log('tick in timeout0'); }); }, 0);
  setImmediate(function () { log('immediate'); process.nextTick(function () { log('tick in immediate'); }); });
  process.nextTick(function () {
    log('tick1');
    process.nextTick(function () { log('tick1.1'); });
  });
  process.nextTick(function () { log('tick2'); });
  process.stdout.write('', function () { log('stdout write callback'); });
  log('timer end');
}, 1);
setTimeout(function () { console.log(out.join('\n')); }, 100);
