// The state objects after use, as inspect and Object.keys show them: a piped Readable, a
// Writable after synchronous and asynchronous writes, a Transform mid-stream, an old-mode
// stream; with showHidden too.
var stream = require('stream');
var util = require('util');

var w = new stream.Writable({ highWaterMark: 3 });
var pendingCb = null;
w._write = function (c, e, cb) {
  if (String(c) === 'slow') pendingCb = cb;
  else cb();
};
w.write('a');
w.write('b');
w.write('slow');
w.write('queued', function () {});
console.log(util.inspect(w._writableState, { depth: 0 }));
console.log(Object.getOwnPropertyNames(w._writableState));
console.log(util.inspect(w._writableState.buffer, { depth: 2 }));
process.nextTick(function () {
  pendingCb();
  console.log(util.inspect(w._writableState, { showHidden: true, depth: 0 }).replace(/\[length\]: \d+/g, '[length]'));

  var r = new stream.Readable({ highWaterMark: 5 });
  r._read = function () {};
  var t = new stream.PassThrough();
  r.pipe(t);
  r.push('hello');
  r.push('world');
  console.log(util.inspect(r._readableState, { depth: 0 }));
  setTimeout(function () {
    console.log(util.inspect(r._readableState, { depth: 0 }));
    console.log(util.inspect(t, { depth: 1 }));
    var o = new stream.Readable();
    o._read = function () {};
    o.on('data', function () {});
    o.push('x');
    console.log(Object.keys(o), util.inspect(o._readableState, { depth: 0 }));
  }, 5);
});
