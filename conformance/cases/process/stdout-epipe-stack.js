// runtime-only: the frames of the EPIPE error are placed by the runtime
// process.stdout as a pipe whose reader has gone, with no 'error' listener: the EPIPE is
// fatal, and its stack is 0.10's: errnoException, then afterWrite, called from native code
// (nothing below it).
var spawn = require('child_process').spawn;
if (process.argv[2] === 'child') {
  setTimeout(function () { process.stdout.write('hello\n'); }, 200);
} else {
  var child = spawn(process.execPath, [__filename, 'child'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  var err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', function (d) { err += d; });
  child.on('close', function (code) { console.log(err); console.log('child exit code', code); });
}
