// runtime-only: the fs.js frames under these throws are placed by the runtime
// An unknown encoding or open flag: the fs.js frame (and its column) that checked it, and
// realpathSync's statSync of a dangling link.
var fs = require('fs');
function frames(tag, fn) {
  try { fn(); console.log(tag, 'no error'); } catch (e) {
    console.log(tag + '\n' + e.stack.split('\n').slice(0, 3).join('\n'));
  }
}
var file = __dirname + '/argument-error-frames.tmp';
var fd = fs.openSync(__filename, 'r');
var wfd = fs.openSync(file, 'w');
frames('readFile', function () { fs.readFile(__filename, 'nope', function () {}); });
frames('readFileSync', function () { fs.readFileSync(__filename, 'nope'); });
frames('read (legacy)', function () { fs.read(fd, 1, 0, 'nope', function () {}); });
frames('readSync (legacy)', function () { fs.readSync(fd, 1, 0, 'nope'); });
frames('write (legacy)', function () { fs.write(wfd, 'x', 0, 'nope', function () {}); });
frames('writeSync (legacy)', function () { fs.writeSync(wfd, 'x', 0, 'nope'); });
frames('writeFile', function () { fs.writeFile(file, 'x', 'nope', function () {}); });
frames('writeFileSync', function () { fs.writeFileSync(file, 'x', 'nope'); });
frames('appendFileSync', function () { fs.appendFileSync(file, 'x', 'nope'); });
frames('open flag', function () { fs.open(__filename, 'q', function () {}); });
frames('openSync flag', function () { fs.openSync(__filename, 'q'); });
frames('readFileSync flag', function () { fs.readFileSync(__filename, { flag: 'q' }); });
frames('ReadStream flag', function () { fs.createReadStream(__filename, { flags: 'q' }); });
fs.closeSync(fd);
fs.closeSync(wfd);
fs.unlinkSync(file);
fs.symlinkSync('nowhere', file);
frames('realpathSync dangling', function () { fs.realpathSync(file); });
fs.unlinkSync(file);
