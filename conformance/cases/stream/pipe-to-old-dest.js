// A streams2 Readable piped into an old-style (0.8) destination: a Stream with write() and
// end() and no _writableState. write() returning false holds the flow until 'drain'; the
// destination's 'close' unpipes; unpiping from inside a write while three destinations are
// piped still writes the chunk to the rest of the list.
var stream = require('stream');

function oldDest(name, fullEvery) {
  var d = new stream.Stream();
  d.writable = true;
  var n = 0;
  d.write = function (c) {
    n++;
    var ok = !(fullEvery && n % fullEvery === 0);
    console.log(name, 'write', String(c), '->', ok);
    return ok;
  };
  d.end = function () { console.log(name, 'end'); };
  d.on('unpipe', function () { console.log(name, 'unpipe'); });
  return d;
}

var r = new stream.Readable({ highWaterMark: 2 });
var i = 0;
r._read = function () {
  var self = this;
  setImmediate(function () {
    i++;
    self.push(i <= 6 ? 'c' + i : null);
  });
};
var d = oldDest('old', 2);
r.pipe(d);
r.on('data', function (c) {
  if (String(c) === 'c2') setImmediate(function () { console.log('old drains'); d.emit('drain'); });
  if (String(c) === 'c4') setImmediate(function () { console.log('old closes'); d.emit('close'); });
});
r.on('end', function () { console.log('r end'); three(); });
setImmediate(function tick() {
  if (i === 5 && r._readableState.pipesCount === 0) {
    console.log('unpiped by close; resuming by hand');
    r.resume();
    return;
  }
  setImmediate(tick);
});

function three() {
  var s = new stream.Readable();
  s._read = function () {};
  var a = oldDest('a'), b = oldDest('b'), c = oldDest('c');
  var write = b.write;
  b.write = function (x) {
    var ret = write.call(b, x);
    if (String(x) === 'x') s.unpipe(b);
    return ret;
  };
  s.pipe(a);
  s.pipe(b);
  s.pipe(c);
  s.push('x');
  s.push('y');
  s.push(null);
  s.on('end', function () { console.log('s end, pipesCount', s._readableState.pipesCount); });
}
