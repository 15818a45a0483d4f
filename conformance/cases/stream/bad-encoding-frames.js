// A string written or pushed in an encoding Buffer refuses (unknown, or bad hex): the stack
// shows new Buffer called from decodeChunk under writeOrBuffer (write) or from Readable.push,
// as in 0.10. Caught first (the stack's first frames), then uncaught in a child.
var stream = require('stream');
function frames(fn) {
  try { fn(); } catch (e) { console.log(e.message, JSON.stringify(e.stack.split('\n').slice(1, 6))); }
}
var w = new stream.Writable();
w._write = function (c, e, cb) { cb(); };
frames(function () { w.write('abc', 'bogus'); });
frames(function () { w.write('abc', 'hex'); });
var t = new stream.PassThrough();
frames(function () { t.write('zz', 'utf-16'); });
var r = new stream.Readable();
r._read = function () {};
frames(function () { r.push('abc', 'hex'); });
frames(function () { r.push('abc', 'nope'); });
var srcs = [
  "var S = require('stream'); var w = new S.Writable(); w.write('abc', 'bogus')",
  "var S = require('stream'); var r = new S.Readable(); r.push('abc', 'hex')"
];
require('../../lib/uncaught-heads')(srcs, null, 10);
