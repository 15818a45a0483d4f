// A forked child that sent a message, wrote to stdout and exited before the parent's loop
// first polled (the parent was busy): node 0.10 gave 'exit' first, then the output, then the
// message (in the order the pipes were set up), then 'disconnect' and 'close'.
var cp = require('child_process');
var fs = require('fs');
if (process.argv[2] === 'child') {
  process.send('m1');
  console.log('child out');
  process.exit(3);
}

function ended(pid) {
  // Linux: a zombie (ended, not yet reaped) has state Z in /proc/<pid>/stat; node has
  // threads, and the parent hears of the end only when the last of them is gone too.
  var stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).charAt(0) === 'Z' &&
    fs.readdirSync('/proc/' + pid + '/task').length === 1;
}

var ev = [];
var child = cp.fork(__filename, ['child'], { silent: true });
child.on('message', function (m) { ev.push('message ' + m); });
child.stdout.on('data', function (d) { ev.push('stdout ' + JSON.stringify(String(d))); });
child.on('disconnect', function () { ev.push('disconnect'); });
child.on('exit', function (code) { ev.push('exit ' + code); });
child.on('close', function (code) { ev.push('close ' + code); console.log(ev.join(', ')); });
while (!ended(child.pid));
