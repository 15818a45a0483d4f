// runtime-only: the frames of a stack are named and placed by the n10 runtime (as 0.10 printed them).
// _write's and _transform's callbacks handed to setTimeout/setImmediate, and a 'finish' handler
// throwing from there: the callback's frame has no receiver type (0.10's timer objects had an
// anonymous constructor), afterTransform's call at 0.10's line. The child is process.execPath.
var srcs = [
  "var S = require('stream'); var w = new S.Writable(); w._write = function (c, e, cb) { setTimeout(cb, 1); }; w.on('finish', function () { throw new Error('finish'); }); w.end('x');",
  "var S = require('stream'); var w = new S.Writable(); w._write = function (c, e, cb) { setImmediate(cb); }; w.on('finish', function () { throw new Error('finish'); }); w.end('x');",
  "var S = require('stream'); var t = new S.Transform(); t._transform = function (c, e, cb) { setTimeout(cb, 1); }; t.on('finish', function () { throw new Error('t finish'); }); t.end('x');"
];
require('../../lib/uncaught-heads')(srcs, function (s) { return s.slice(60, 130); }, 14);
