// process.stdout cannot be closed: destroy() emits 'error'; end() finishes, then both the
// 'finish' handler and end() itself (maybeDestroy) try to destroy it: one 'error' each.
var L = [];
process.stdout.on('error', function (e) { L.push('error ' + e.message); });
process.stdout.destroy();
L.push('--end');
process.stdout.end('x\n');
L.push('--after end, writable ' + process.stdout.writable);
setTimeout(function () { process.stderr.write('to stderr\n'); require('fs').writeSync(1, L.join('\n') + '\n'); }, 20);
