// Callbacks that are not functions: accepted, then failing when called, with 0.10's V8
// messages (null/undefined plain timeouts and immediates are skipped).
process.on('uncaughtException', function (e) { console.log(e.constructor.name + ': ' + e.message); });
setTimeout({}, 2); setTimeout(5, 3); setTimeout(undefined, 1);
setTimeout(null, 4, 'arg'); setTimeout('x', 5, 1);
var i = setInterval({}, 6); setTimeout(function () { clearInterval(i); }, 9);
setTimeout(function () {
  setImmediate(5); setImmediate(null); setImmediate({ a: 1 }, 1);
  setTimeout(function () {
    process.nextTick(null); process.nextTick('s'); process.nextTick(7);
  }, 5);
}, 12);
