// 0.10 emits 'end' only after read() has been called at least once: a stream that ends
// before anyone reads stays un-ended until then. Also 'end' timing (next tick) and
// readable=false after it.
var stream = require('stream');

var r = new stream.Readable();
r._read = function () {};
r.push(null);
r.on('end', function () { console.log('r end'); });
setTimeout(function () {
  console.log('no end yet; ended', r._readableState.ended, 'endEmitted', r._readableState.endEmitted, 'readable', r.readable);
  console.log('read ->', r.read());
  console.log('after read: endEmitted', r._readableState.endEmitted);
  process.nextTick(function () { console.log('tick: readable', r.readable); });
  setTimeout(step2, 5);
}, 5);

var r2 = new stream.Readable();
r2._read = function () {};
r2.on('end', function () { console.log('r2 end'); });
r2.push('x');
r2.push(null);
function step2() {
  console.log('r2 read ->', String(r2.read()), 'endEmitted', r2._readableState.endEmitted);
  console.log('r2 read again ->', r2.read());
  setTimeout(step3, 5);
}

var r3 = new stream.Readable();
r3._read = function () { this.push(null); };
r3.on('end', function () { console.log('r3 end'); });
r3.on('readable', function () { console.log('r3 readable'); });
console.log('r3 listening');

var r4 = new stream.Readable();
r4._read = function () {};
r4.push(null);
function step3() {
  var w = new stream.Writable();
  w._write = function (c, e, cb) { cb(); };
  w.on('finish', function () { console.log('w finish (pipe after end read)'); });
  r4.resume();
  r4.on('end', function () {
    console.log('r4 end');
    r4.pipe(w);
    console.log('piped after end');
  });
}
