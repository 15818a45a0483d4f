// The frames under a callback of fs.read, fs.write, fs.exists and a ReadStream's read: 0.10
// gave its binding its own functions (wrapper, cb, onread) as the request's oncomplete.
var fs = require('fs');

function under(n) {
  return new Error().stack.split('\n').slice(2, 2 + n).map(function (l) {
    return l.replace(/^\s*at /, '').replace(/ \(.*\)$/, '').replace(/^\S*\.js:\d+:\d+$/, '(file)');
  });
}

var fd = fs.openSync(__filename, 'r');
fs.read(fd, new Buffer(4), 0, 4, 0, function (err, n) {
  console.log('read', err, n, under(2));
  fs.exists(__filename, function (yes) {
    console.log('exists', yes, under(2));
    fs.closeSync(fd);
    fs.read(fd, new Buffer(1), 0, 1, 0, function (err, n) {
      console.log('read error', err.code, n, under(2));
      var out = fs.openSync('completion-frames.out', 'w');
      fs.write(out, new Buffer('x'), 0, 1, null, function (err, n) {
        console.log('write', err, n, under(2));
        fs.closeSync(out);
        fs.unlinkSync('completion-frames.out');
        fs.createReadStream(__filename, { start: 0, end: 2 }).on('data', function (d) {
          var f = new Error().stack.split('\n').map(function (l) { return l.replace(/^\s*at /, '').replace(/ \(.*\)$/, ''); });
          console.log('stream', String(d), f.slice(-2));
        });
      });
    });
  });
});
