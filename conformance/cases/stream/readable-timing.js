// When 'readable' fires: synchronously for a push from outside _read (when someone waits),
// on the next tick for a push from inside _read; once per wait (emittedReadable); the read(0)
// made by adding the first 'readable' listener; maybeReadMore filling to the mark.
var stream = require('stream');
function L(s) { console.log(s); }

var a = new stream.Readable({ highWaterMark: 6 });
var k = 0;
a._read = function (n) {
  k++;
  L('a _read ' + n + ' #' + k + ' sync push');
  if (k < 4) this.push('a' + k);
  else if (k === 4) this.push(null);
};
a.on('readable', function () {
  L('a readable; length ' + a._readableState.length);
});
L('a listener added');
process.nextTick(function () {
  L('tick 1; a length ' + a._readableState.length);
  process.nextTick(function () {
    L('tick 2; a length ' + a._readableState.length + ' read ' + a.read());
  });
});

var b = new stream.Readable();
b._read = function () { L('b _read'); };
b.on('readable', function () { L('b readable'); });
L('b push x');
b.push('x');
L('b push y (no second readable)');
b.push('y');
setImmediate(function () {
  L('b read ' + b.read());
  L('b push z');
  b.push('z');
  L('b pushed');
});

var c = new stream.Readable({ highWaterMark: 10 });
var ck = 0;
c._read = function (n) {
  ck++;
  var self = this;
  L('c _read ' + n + ' #' + ck);
  if (ck < 5) setImmediate(function () { L('c async push'); self.push('ccc'); });
  else setImmediate(function () { L('c stopped: length ' + c._readableState.length + ' calls ' + ck); });
};
c.push('first');
L('c pushed before any listener: length ' + c._readableState.length);
