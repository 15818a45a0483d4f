// Callbacks that are not functions: accepted, then failing when called, with 0.10's V8
// messages (null/undefined plain timeouts and immediates are skipped).
process.on('uncaughtException', function (e) { console.log(e.constructor.name + ': ' + e.message); });
// (Far apart, so that a loaded machine cannot reorder them.)
setTimeout({}, 2); setTimeout(5, 30); setTimeout(undefined, 1);
setTimeout(null, 60, 'arg'); setTimeout('x', 90, 1);
var i = setInterval({}, 120); setTimeout(function () { clearInterval(i); }, 180);
setTimeout(function () {
  setImmediate(5); setImmediate(null); setImmediate({ a: 1 }, 1);
  setTimeout(function () {
    process.nextTick(null); process.nextTick('s'); process.nextTick(7);
  }, 100); // well after the immediates left over from the throw, even on a loaded machine
}, 200);
