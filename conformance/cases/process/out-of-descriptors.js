// A program that has used up its descriptors (EMFILE) still prints (process.stdout made on
// first use), requires core modules and has an uncaught error reported. Run again as a child
// under `ulimit -n 128`, its stdout a pipe.
var cp = require('child_process');
if (process.argv[2] === 'child') {
  var fs = require('fs'), fds = [];
  for (;;) { try { fds.push(fs.openSync(__filename, 'r')); } catch (e) { if (e.code !== 'EMFILE') throw e; break; } }
  console.log('out of descriptors', fds.length > 50);
  var zlib = require('zlib');
  console.log(typeof zlib.createGzip, typeof require('child_process').spawn);
  if (process.argv[3] === 'throw') throw new Error('fatal while out of descriptors');
  fds.forEach(function (fd) { fs.closeSync(fd); });
  console.log('closed');
  return;
}
function run(mode, done) {
  var c = cp.spawn('sh', ['-c', 'ulimit -n 128 && exec "$0" "$1" child "$2"', process.execPath, __filename, mode]);
  var out = '', err = '';
  c.stdout.on('data', function (d) { out += d; });
  c.stderr.on('data', function (d) { err += d; });
  c.on('close', function (code) {
    console.log(mode, 'exit', code, JSON.stringify(out));
    console.log(mode, 'stderr has the error:', /^Error: fatal while out of descriptors$/m.test(err));
    done();
  });
}
run('print', function () { run('throw', function () {}); });
