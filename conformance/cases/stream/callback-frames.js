// runtime-only: the frames of a stack are named and placed by the n10 runtime (as 0.10 printed them).
// A program's callback throwing from inside the stream machinery, uncaught: stderr shows the
// library frames 0.10 showed (clearBuffer, onwriteDrain/afterWrite, the afterWrite tick,
// emitDataEvents and the old-mode resume, wrap's push, afterTransform). The child is
// process.execPath. (Each runs from an immediate or later: under -e, 0.10 drained the first
// ticks from its spinner, a frame of its own.)
var pre = "var S = require('stream'); function src(a) { var r = new S.Readable(); var i = 0; r._read = function () { this.push(i < a.length ? a[i++] : null); }; return r; } " +
  "function sink(f) { var w = new S.Writable(); w._write = f || function (c, e, cb) { cb(); }; return w; } ";
var srcs = [
  "var w = sink(function (c, e, cb) { setImmediate(cb); }); w.write('a'); w.write('b'); w._write = function () { throw new Error('buffered write'); };",
  "var x = new S.Writable({ highWaterMark: 1 }); x._write = function (c, e, cb) { setImmediate(cb); }; x.on('drain', function () { throw new Error('drain'); }); x.write('ab');",
  "setImmediate(function () { var w = sink(); w.on('drain', function () { throw new Error('sync drain'); }); w.write(new Buffer(20000)); });",
  "setImmediate(function () { var w = sink(); w.write('a', function () { throw new Error('write cb'); }); });",
  "var w = sink(function (c, e, cb) { setImmediate(cb); }); w.write('a', function () { throw new Error('async write cb'); });",
  "var r = src(['a', 'b']); r.on('data', function () { throw new Error('data flowing'); });",
  "var r = src(['a', 'b']); r.pause(); r.on('data', function () { throw new Error('data after resume'); }); setTimeout(function () { r.resume(); }, 5);",
  "var EE = require('events').EventEmitter; var o = new EE(); o.readable = true; o.pause = function () {}; o.resume = function () {}; var r = new S.Readable().wrap(o); r.on('data', function () { throw new Error('wrap data'); }); o.emit('data', 'x');",
  "var t = new S.Transform(); t._transform = function (c, e, cb) { cb(null, c); }; t.on('data', function () { throw new Error('transform data'); }); t.write('x');"
].map(function (s) { return pre + s; });
require('../../lib/uncaught-heads')(srcs, function (s) { return s.slice(pre.length, pre.length + 60); }, 14);
