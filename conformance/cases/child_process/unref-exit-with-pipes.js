// child.unref(): the loop no longer waits for the child, but its stdio pipes (read from the
// start) still keep the loop alive until they end; node 0.10 saw the child's end in the same
// loop turn as the pipes' ends, so 'exit' still came before the parent exited.
var cp = require('child_process');
var child = cp.spawn('sh', ['-c', 'sleep 0.3']);
child.unref();
child.on('exit', function (code, signal) { console.log('exit ' + code + ' ' + signal); });
child.stdout.on('end', function () { console.log('stdout end'); });
process.on('exit', function () { console.log('parent exit'); });
