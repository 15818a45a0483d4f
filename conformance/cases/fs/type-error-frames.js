// runtime-only: the fs.js frames under these throws are placed by the runtime
// A bad argument where fs's own JavaScript called on: assertEncoding, writeFile's fs.open,
// FSWatcher#start from fs.watch.
var fs = require('fs');
function frames(tag, fn) {
  try { fn(); console.log(tag, 'no error'); } catch (e) {
    console.log(tag + '\n' + e.stack.split('\n').slice(0, 3).join('\n').replace(/buffer\.js:\d+:\d+/, 'buffer.js'));
  }
}
var fd = fs.openSync(__filename, 'r');
frames('read (legacy) with a number as encoding', function () { fs.read(fd, 1, 0, 1, function () {}); });
frames('writeFile', function () { fs.writeFile(1, 'x', function () {}); });
frames('appendFile', function () { fs.appendFile(1, 'x', function () {}); });
frames('watch', function () { fs.watch(1); });
fs.closeSync(fd);
