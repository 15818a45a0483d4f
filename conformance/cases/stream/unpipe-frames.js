// runtime-only: the frames of a stack are named and placed by the n10 runtime (as 0.10 printed them).
// An 'unpipe' listener that throws, for each way a pipe is undone: the destination finishing,
// closing or failing (the pipe's onfinish/onclose/onerror calling its unpipe()), and
// readable.unpipe() with one, all or one of several destinations. Prints the stack's frames.
var stream = require('stream');
function sink() {
  var w = new stream.Writable();
  w._write = function (c, e, cb) { cb(); };
  return w;
}
function src() {
  var r = new stream.Readable();
  r._read = function () {};
  return r;
}
function thrower() { throw new Error('in unpipe'); }
function show(label, fn) {
  try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, JSON.stringify(e.stack.split('\n').slice(1, 6))); }
}
var w1 = sink(); src().pipe(w1); w1.on('unpipe', thrower);
show('finish', function () { w1.end(); });
var w2 = sink(); src().pipe(w2); w2.on('unpipe', thrower);
show('close', function () { w2.emit('close'); });
var w3 = sink(); src().pipe(w3); w3.on('unpipe', thrower); w3.on('error', function () {});
show('error', function () { w3.emit('error', new Error('dest failed')); });
var r4 = src(); var w4 = sink(); r4.pipe(w4); w4.on('unpipe', thrower);
show('unpipe one', function () { r4.unpipe(); });
var r5 = src(); var a = sink(); var b = sink(); r5.pipe(a); r5.pipe(b); b.on('unpipe', thrower);
show('unpipe all', function () { r5.unpipe(); });
var r6 = src(); var c = sink(); var d = sink(); r6.pipe(c); r6.pipe(d); c.on('unpipe', thrower);
show('unpipe one of two', function () { r6.unpipe(c); });
