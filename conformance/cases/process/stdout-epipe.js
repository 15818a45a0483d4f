// process.stdout as a pipe whose reader has gone: write() still returns true; the EPIPE
// arrives later through the write callback and 'error' (twice), then 'close'.
var spawn = require('child_process').spawn;
if (process.argv[2] === 'child') {
  var L = [];
  setTimeout(function () {
    process.stdout.on('error', function (e) { L.push('error:' + e.code + ':' + e.syscall); });
    process.stdout.on('close', function () { L.push('close'); });
    for (var i = 0; i < 3; i++) {
      var r = process.stdout.write('hello ' + i + '\n', function (e) { L.push('cb:' + (e && e.code)); });
      L.push('w' + i + ':' + r);
    }
    L.push('queue:' + process.stdout._handle.writeQueueSize);
    process.nextTick(function () { L.push('tick'); });
    setImmediate(function () { L.push('immediate destroyed=' + process.stdout.destroyed); });
  }, 200);
  process.on('exit', function (c) { process.stderr.write(L.join('\n') + '\nexit:' + c + '\n'); });
} else {
  var child = spawn(process.execPath, [__filename, 'child'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  var err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', function (d) { err += d; });
  child.on('close', function (code) { console.log(err); console.log('child exit code', code); });
}
