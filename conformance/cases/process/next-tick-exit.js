// nextTick: order, and ticks after 'exit' are dropped.
var out = [];
process.nextTick(function () { out.push(1); process.nextTick(function () { out.push(3); }); });
process.nextTick(function () { out.push(2); });
out.push(0);
setTimeout(function () { console.log(out.join(' ')); }, 1);
process.on('exit', function () { process.nextTick(function () { console.log('dropped'); }); console.log('exit'); });
