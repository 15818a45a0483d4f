// A program started as "node" (found on PATH, by spawn or by a shell) has process.argv[0]
// and process.title "node", as typed; nothing of how it was told shows in its environment.
var cp = require('child_process');
var path = require('path');
if (process.argv[2] === 'child') {
  console.log(JSON.stringify([process.argv[0], process.title, 'N10_ARGV0' in process.env, process.argv.slice(2)]));
  return;
}
var env = {};
for (var k in process.env) env[k] = process.env[k];
env.PATH = path.dirname(process.execPath) + ':' + env.PATH;
var opts = { env: env, stdio: ['ignore', 'pipe', 2] };
var c = cp.spawn('node', [__filename, 'child', 'spawn'], opts);
c.stdout.pipe(process.stdout, { end: false });
c.on('close', function () {
  cp.exec('node ' + JSON.stringify(__filename) + ' child exec', { env: env }, function (err, out) {
    process.stdout.write(out);
    cp.exec('echo ${N10_ARGV0:-unset}; true', { env: env }, function (err, out) {
      process.stdout.write(out);
      var f = cp.fork(__filename, ['child', 'fork'], { silent: true });
      f.stdout.on('data', function (d) {
        var a = JSON.parse(d);
        console.log(a[0] === process.execPath, a[1] === process.execPath, a[2], a[3]);
      });
    });
  });
});
