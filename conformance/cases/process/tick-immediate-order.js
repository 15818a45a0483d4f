// nextTick and setImmediate: the 0.10 order, including what each queues (an immediate
// queued by an immediate waits for the next turn; a timer 0 would race with them).
var ev = [];
setImmediate(function () { ev.push('immediate1'); process.nextTick(function () { ev.push('tick in imm1'); }); setImmediate(function () { ev.push('nested immediate'); }); });
setImmediate(function () { ev.push('immediate2'); });
process.nextTick(function () { ev.push('tick1'); process.nextTick(function () { ev.push('tick nested'); }); });
process.nextTick(function () { ev.push('tick2'); });
ev.push('sync');
process.on('exit', function (c) { ev.push('exit ' + c); console.log(ev.join('\n')); });
