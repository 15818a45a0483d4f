// Duplex: Readable and Writable at once (instanceof Readable, not Writable), allowHalfOpen
// true by default; with allowHalfOpen false the end of the readable side ends the writable
// side on the next tick. readable/writable options.
var stream = require('stream');

function make(opts, name) {
  var d = new stream.Duplex(opts);
  var n = 0;
  d._read = function () {
    n++;
    var self = this;
    setImmediate(function () { self.push(n < 3 ? name + n : null); });
  };
  d._write = function (c, e, cb) { console.log(name, '_write', String(c)); cb(); };
  d.on('end', function () { console.log(name, 'end; writable ended', d._writableState.ended); });
  d.on('finish', function () { console.log(name, 'finish'); });
  d.on('data', function (c) { console.log(name, 'data', String(c)); });
  return d;
}

var d0 = new stream.Duplex();
console.log('instanceof Readable', d0 instanceof stream.Readable, 'Writable', d0 instanceof stream.Writable,
  'Stream', d0 instanceof stream.Stream, 'allowHalfOpen', d0.allowHalfOpen, 'readable', d0.readable, 'writable', d0.writable);
console.log('no new:', stream.Duplex() instanceof stream.Duplex);
var d1 = new stream.Duplex({ readable: false, writable: false, allowHalfOpen: false });
console.log('options', d1.readable, d1.writable, d1.allowHalfOpen);

var half = make({}, 'half');
half.write('w1');
var full = make({ allowHalfOpen: false }, 'full');
full.write('w1');
full.on('end', function () {
  setImmediate(function () {
  console.log('half writable after end:', half._writableState.ended, 'write ->', half.write('w2'));
  half.end();
  var ended = make({ allowHalfOpen: false }, 'ended');
  ended.end('first');
  console.log('ended writable side before readable end');
  });
});
