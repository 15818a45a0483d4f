// The "possible EventEmitter memory leak" traces of pipe() run eleven times (stderr): the
// frames of 0.10's Readable#pipe and of the legacy Stream#pipe (a Readable in old mode uses it).
// Printed to stdout through a child so that the conformance run compares them.
if (process.argv[2] !== 'child') {
  require('child_process').execFile(process.execPath, [__filename, 'child'], function (err, stdout, stderr) {
    console.log(err, stderr.split(__dirname).join('<dir>'));
  });
  return;
}
var stream = require('stream');
var r = new stream.Readable(); r._read = function () {};
for (var i = 0; i < 11; i++) { var w = new stream.Writable(); w._write = function (c, e, cb) { cb(); }; r.pipe(w); }
var d = new stream.Writable(); d._write = function (c, e, cb) { cb(); };
for (i = 0; i < 11; i++) { var s = new stream.Readable(); s._read = function () {}; s.pipe(d); }
var old = new stream.Readable(); old._read = function () {}; old.on('data', function () {});
var o2 = new stream.Stream(); o2.write = function () { return true; }; o2.writable = true;
for (i = 0; i < 11; i++) old.pipe(o2);
var src = new stream.Stream(); src.readable = true;
var sink = new stream.Stream(); sink.writable = true; sink.write = function () {};
for (i = 0; i < 11; i++) src.pipe(sink);
