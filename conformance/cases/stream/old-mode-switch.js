// Switching into old mode: adding a 'data' listener, pause(), resume(); what happens to the
// stream's own properties, to data pushed while paused, and to 'readable'. A piped stream
// cannot switch. 'data' emitted with no consumer draining.
var stream = require('stream');

function make(name) {
  var r = new stream.Readable();
  var n = 0;
  r._read = function (size) {
    n++;
    console.log(name, '_read', size, n);
    var self = this;
    if (n <= 3) setImmediate(function () { self.push(name + n); });
    else if (n === 4) setImmediate(function () { self.push(null); });
  };
  r.on('end', function () { console.log(name, 'end'); });
  return r;
}

var keys0 = Object.keys(make('k'));
var c = make('c');
var a = make('a');
a.on('data', function (d) {
  console.log('a data', String(d));
  if (String(d) === 'a1') {
    a.pause();
    console.log('a paused');
    // Resumed once c has ended (a deterministic point later on).
    c.on('end', function () { console.log('a resume'); a.resume(); });
  }
});
console.log('own keys added:', Object.keys(a).filter(function (k) { return keys0.indexOf(k) < 0; }));
console.log('on is now the EventEmitter one:', a.on === require('events').EventEmitter.prototype.on);
a.on('pause', function () { console.log('a pause event'); });
a.on('resume', function () { console.log('a resume event'); });

var b = make('b');
b.on('resume', function () { console.log('b resume event'); });
b.on('pause', function () { console.log('b pause event'); });
b.pause();
console.log('b paused first; flowing', b._readableState.flowing);
a.on('end', function () {
  console.log('b buffered', b._readableState.length);
  b.on('data', function (d) { console.log('b data', String(d)); });
  b.resume();
});

c.resume();
console.log('c resumed (nobody listens to data)');

var d = make('d');
d.pipe(new stream.PassThrough());
try {
  d.on('data', function () {});
  console.log('d data listener added while piped: no switch');
  d.pause();
} catch (e) {
  console.log('d pause throws:', e.message);
}
