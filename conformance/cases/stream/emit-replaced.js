// A program that replaces EventEmitter.prototype.emit (to trace events) before it loads
// stream sees every event a pipe emits, the per-chunk ones ('readable', 'data', 'drain')
// included.
var EE = require('events').EventEmitter;
var origEmit = EE.prototype.emit;
var seen = {};
var mine = [];
EE.prototype.emit = function (type) {
  var at = mine.indexOf(this);
  if (at >= 0) {
    var key = ['source', 'pass', 'sink'][at] + ' ' + type;
    seen[key] = (seen[key] || 0) + 1;
  }
  return origEmit.apply(this, arguments);
};

var stream = require('stream');

var src = new stream.Readable({ highWaterMark: 4 });
var i = 0;
src._read = function () {
  var self = this;
  setImmediate(function () {
    self.push(i < 6 ? new Buffer('chunk' + i++) : null);
  });
};
var pass = new stream.PassThrough({ highWaterMark: 4 });
var dst = new stream.Writable({ highWaterMark: 4 });
var got = [];
dst._write = function (chunk, enc, cb) {
  got.push(chunk.toString());
  setImmediate(cb);
};
dst.on('finish', function () {
  EE.prototype.emit = origEmit;
  console.log(got.join(','));
  Object.keys(seen).sort().forEach(function (k) {
    console.log(k, seen[k]);
  });
});
mine.push(src, pass, dst);
src.pipe(pass).pipe(dst);
