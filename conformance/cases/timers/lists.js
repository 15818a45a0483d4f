// Timers of one duration fire in the order they were set, in one callback: ticks queued by
// one run after all of them; clearing a later one from an earlier one stops it.
var out = [];
setTimeout(function () {
  var a = setTimeout(function () { out.push('A'); process.nextTick(function () { out.push('tick from A'); }); }, 5);
  var b = setTimeout(function () { out.push('B'); clearTimeout(c); }, 5);
  var c = setTimeout(function () { out.push('C'); }, 5);
  var d = setTimeout(function () { out.push('D'); setTimeout(function () { out.push('D2'); }, 5); }, 5);
  setTimeout(function () { out.push('short'); }, 2);
}, 1);
setTimeout(function () { console.log(out.join(' ')); }, 100);
