// process.execPath names an executable called node, as 0.10's (forever-monitor 1.2 checked
// that a script exists only when /[^\w]node$/ matched its command, process.execPath by
// default); spawned and forked, it runs a 0.10 program again.
var cp = require('child_process');
var path = require('path');

if (process.argv[2] === 'child') {
  console.log('forked child', process.version, path.basename(process.execPath), typeof process.send);
  process.exit(0);
}
console.log(path.basename(process.execPath), /[^\w]node$/.test(process.execPath), process.execPath.charAt(0));
cp.execFile(process.execPath, ['-p', 'process.version + " " + typeof setImmediate'], function (err, out) {
  console.log('execFile', err, JSON.stringify(out));
  cp.exec(JSON.stringify(process.execPath) + ' -e "process.exit(3)"', function (err) {
    console.log('exec exit code', err && err.code);
    var c = cp.fork(__filename, ['child']);
    c.on('exit', function (code) { console.log('fork exit', code); });
  });
});
