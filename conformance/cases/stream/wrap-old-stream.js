// wrap() of an old-style (0.8) stream: data and end come through, push() backpressure calls
// the old stream's pause(), _read calls resume(); its methods and its error/close/pause/
// resume events are proxied.
var stream = require('stream');
var EE = require('events').EventEmitter;
var util = require('util');

function Old() {
  stream.Stream.call(this);
  this.readable = true;
  this.paused = false;
}
util.inherits(Old, stream.Stream);
Old.prototype.pause = function () { console.log('old.pause'); this.paused = true; this.emit('pause'); };
Old.prototype.resume = function () { console.log('old.resume'); this.paused = false; this.emit('resume'); };
Old.prototype.destroy = function () { console.log('old.destroy', arguments.length); this.emit('close'); return 'destroyed'; };
Old.prototype.custom = function (a, b) { return a + b; };

var old = new Old();
var r = new stream.Readable({ highWaterMark: 6 }).wrap(old);
console.log('wrap returns the Readable:', r instanceof stream.Readable);
console.log('own keys', Object.keys(r).filter(function (k) { return k !== 'domain' && k !== '_maxListeners'; }));
console.log('custom proxied', r.custom(2, 3));
['pause', 'resume', 'close', 'error', 'destroy'].forEach(function (ev) {
  r.on(ev, function (x) { console.log('wrapped', ev, x && x.message ? x.message : ''); });
});

var i = 0;
function produce() {
  if (i < 6) {
    var c = 'chunk' + i++;
    console.log('old emits', c, 'paused', old.paused);
    old.emit('data', new Buffer(c));
    if (i === 3) startReading();
    setImmediate(produce);
  } else {
    old.emit('end');
  }
}
produce();

function startReading() {
  r.on('readable', function () {
    var c;
    while (null !== (c = r.read(4))) console.log('read', String(c));
  });
  r.on('end', function () {
    console.log('end');
    old.emit('error', new Error('late error'));
    console.log('destroy ->', r.destroy(1, 2));
  });
}
