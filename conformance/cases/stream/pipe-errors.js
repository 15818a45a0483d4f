// Errors in the middle of a pipe: an error on the destination unpipes it and is re-emitted
// only when the pipe's own listener was the only one; the source is unaffected. A write
// failing in _write; a Writable's pipe(); the legacy Stream pipe() with errors.
var stream = require('stream');
var EE = require('events').EventEmitter;

var src = new stream.Readable();
var i = 0;
src._read = function () {
  var self = this;
  setImmediate(function () {
    i++;
    self.push(i < 6 ? 'x' + i : null);
    if (i === 5) part2();
  });
};
var dst = new stream.Writable();
dst._write = function (c, e, cb) {
  console.log('dst got', String(c));
  if (String(c) === 'x3') return cb(new Error('disk full'));
  cb();
};
dst.on('error', function (e) {
  console.log('dst error', e.message, 'listeners', EE.listenerCount(dst, 'error'), 'src pipes', src._readableState.pipesCount);
});
dst.on('unpipe', function () { console.log('dst unpipe'); });
src.pipe(dst);
console.log('error listeners after pipe', EE.listenerCount(dst, 'error'), dst.listeners('error')[1] !== undefined);
src.on('end', function () { console.log('src end (not expected: nobody reads)'); });

function part2() {
  console.log('src flowing', src._readableState.flowing, 'buffered', src._readableState.length);
  // Only the pipe listens to errors: the error is re-emitted and throws.
  var src2 = new stream.Readable();
  src2._read = function () {};
  var dst2 = new stream.Writable();
  dst2._write = function (c, e, cb) { cb(); };
  src2.pipe(dst2);
  setTimeout(function () {
    // The pipe's listener is the only one: it unpipes, then re-emits, which throws.
    try {
      dst2.emit('error', new Error('direct'));
    } catch (e) {
      console.log('thrown:', e.message, 'pipes', src2._readableState.pipesCount);
    }
    var w = new stream.Writable();
    w.on('error', function (e) { console.log('w error', e.message); });
    console.log('Writable pipe returns', w.pipe(new stream.Writable()));

    var old = new stream.Stream();
    var od = new stream.Stream();
    od.write = function () { return true; };
    od.end = function () { console.log('od end'); };
    old.pipe(od);
    od.on('error', function (e) { console.log('od handled', e.message); });
    od.emit('error', new Error('legacy dest error'));
    console.log('old listeners after', Object.keys(old._events).join(','));
    old.emit('end');
    console.log('done');
  }, 5);
}

