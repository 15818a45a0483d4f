// An 'exit' listener that throws (caught by 'uncaughtException'): node 0.10 still delivered the
// output that came with the exit, but never emitted 'close' (the exit callback stopped there).
var cp = require('child_process');
var fs = require('fs');
function ended(pid) {
  // Linux: a zombie (ended, not yet reaped) has state Z in /proc/<pid>/stat.
  var stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8'); return stat.slice(stat.lastIndexOf(')') + 2).charAt(0) === 'Z'; }
process.on('uncaughtException', function (e) { console.log('caught ' + e.message); });
var c = cp.spawn('echo', ['hi']);
c.stdout.on('data', function (d) { console.log('data ' + JSON.stringify(String(d))); });
c.stdout.on('end', function () { console.log('end'); });
c.on('exit', function () { console.log('exit'); throw new Error('in exit'); });
c.on('close', function () { console.log('close'); });
while (!ended(c.pid));
