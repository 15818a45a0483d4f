// setImmediate: one immediate per turn of the loop (0.10.19); ticks after each; timers of the
// next turn come before the next immediate; clearImmediate removes one that waits.
var out = [];
setTimeout(function () {
  setImmediate(function () {
    out.push('I1');
    process.nextTick(function () { out.push('tick in I1'); });
    setImmediate(function () { out.push('I3 (queued by I1)'); });
    var s = Date.now();
    while (Date.now() - s < 5) {}
  });
  var i2 = setImmediate(function () { out.push('I2 must not run'); });
  setImmediate(function () { out.push('I4'); });
  setTimeout(function () { out.push('timeout 0'); }, 0);
  clearImmediate(i2);
}, 1);
setTimeout(function () { console.log(out.join('\n')); }, 100);
