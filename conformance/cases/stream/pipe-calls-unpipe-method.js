// A destination's error, close or finish unpipes it through the source's own unpipe method
// (src.unpipe(dest)), so an override of it on the source sees every one of them.
var stream = require('stream');
function source(name) {
  var s = new stream.Readable();
  var n = 0;
  s._read = function () { s.push(n++ < 3 ? new Buffer('x') : null); };
  s.unpipe = function (dest) {
    console.log(name, 'unpipe called with', dest && dest.name);
    return stream.Readable.prototype.unpipe.call(this, dest);
  };
  return s;
}
function sink(name) {
  var w = new stream.Writable();
  w.name = name;
  w._write = function (c, e, cb) { cb(); };
  return w;
}
var a = source('a'), ea = sink('erroring');
ea.on('error', function (e) { console.log('error listener', e.message); });
a.pipe(ea);
ea.emit('error', new Error('boom'));
var b = source('b'), cb = sink('closing');
b.pipe(cb);
cb.emit('close');
var c = source('c'), fc = sink('finishing');
c.pipe(fc);
fc.on('finish', function () { console.log('finish'); });
