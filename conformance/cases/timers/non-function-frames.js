// A callback that is not a function fails in timers.js itself: the error's stack starts at
// 0.10's timer or immediate frame (no frames of the helpers that word the message).
process.on('uncaughtException', function (e) {
  var frames = e.stack.split('\n').slice(1);
  console.log(e.message + " |" + frames.join(" |"));
});
// (Far apart, so that a loaded machine cannot reorder them.)
setTimeout({}, 2);
setTimeout('x', 40, 1);
setTimeout(function () { setImmediate(5); }, 80);
setTimeout(function () { setImmediate({ a: 1 }, 1); }, 120);
var i = setInterval(7, 160); setTimeout(function () { clearInterval(i); }, 190);
