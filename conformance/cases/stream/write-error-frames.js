// runtime-only: the frames of a stack are named and placed by the n10 runtime (as 0.10 printed them).
// A _write that calls back with an error: the write's callback runs from onwriteError (on
// the next tick when the error came synchronously), then 'error' is emitted from it. And a
// pipe that ran out of data starts again from pipeOnReadable's flow(src) (a stack of 30).
Error.stackTraceLimit = 30;
var S = require('stream');
function lib(where) {
  console.log(where + '\n' + new Error().stack.split('\n').slice(2).filter(function (l) {
    return !/\//.test(l);
  }).join('\n'));
}
var w = new S.Writable();
w._write = function (c, e, cb) { cb(new Error('sync')); };
w.on('error', function (er) { lib('error ' + er.message); });
w.write('x', function (er) { lib('callback ' + er.message); });
var w2 = new S.Writable();
w2._write = function (c, e, cb) { setTimeout(function () { cb(new Error('async')); }, 1); };
w2.on('error', function (er) { lib('error ' + er.message); setTimeout(piped, 1); });
w2.write('x', function (er) { lib('callback ' + er.message); });
function piped() {
  var r = new S.Readable();
  r._read = function () {};
  var d = new S.Writable();
  d._write = function (c, e, cb) {
    lib('piped ' + c);
    cb();
    if (String(c) === 'a') setTimeout(function () { r.push('b'); }, 1);
  };
  r.pipe(d);
  setTimeout(function () { r.push('a'); }, 1);
}
