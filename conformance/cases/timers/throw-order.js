// A throwing timer: with an uncaughtException listener, the rest of its list runs on the
// next tick; immediates and other lists are not lost.
var out = [];
process.on('uncaughtException', function (e) { out.push('caught ' + e.message); });
setTimeout(function () {
  setTimeout(function () { out.push('x1'); throw new Error('x1'); }, 3);
  setTimeout(function () { out.push('x2'); }, 3);
  setTimeout(function () { out.push('x3'); throw new Error('x3'); }, 3);
  setTimeout(function () { out.push('x4'); }, 3);
  process.nextTick(function () { out.push('tick'); });
}, 1);
setTimeout(function () { console.log(out.join('\n')); }, 100);
