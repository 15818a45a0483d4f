// read(n) against 0.10's buffer logic: which sizes return data, which return null and ask
// for 'readable', how highWaterMark grows for big reads (next power of two, capped at 8 MiB),
// what read() with no size returns, partial chunks, and the size passed to _read.
var stream = require('stream');

function show(r, label, v) {
  var s = r._readableState;
  console.log(label, '->', v === null ? null : JSON.stringify(String(v)),
    '| length', s.length, 'hwm', s.highWaterMark, 'needReadable', s.needReadable,
    'reading', s.reading, 'emittedReadable', s.emittedReadable, 'buffer', s.buffer.length);
}

var r = new stream.Readable({ highWaterMark: 10 });
var calls = 0;
r._read = function (n) { calls++; console.log('_read', n, 'call', calls); };
r.on('readable', function () { console.log('readable event'); });
r.push('abc');
r.push('defgh');
show(r, 'read(2)', r.read(2));
show(r, 'read(4)', r.read(4));
show(r, 'read(3)', r.read(3));
show(r, 'read(5)', r.read(5));
r.push('ijklmnopqrstuvwxyz');
show(r, 'read(20)', r.read(20));
show(r, 'read(17)', r.read(17));
show(r, 'read(1)', r.read(1));
show(r, 'read(-1)', r.read(-1));
show(r, 'read(NaN)', r.read(NaN));
show(r, 'read("2")', r.read('2'));
r.push('0123456789');
r.push('0123456789');
show(r, 'read(3000)', r.read(3000));
show(r, 'read(70000)', r.read(70000));
show(r, 'read(9000000)', r.read(9000000));
show(r, 'read()', r.read());
r.push(null);
show(r, 'read(5) after EOF', r.read(5));
show(r, 'read() after EOF', r.read());
r.on('end', function () { console.log('end, calls', calls); });

var r2 = new stream.Readable({ highWaterMark: 4 });
r2._read = function (n) {
  console.log('r2 _read', n);
  this.push('xy');
  this.push('zw');
  this.push('uv');
};
show(r2, 'r2 read(3)', r2.read(3));
show(r2, 'r2 read(1)', r2.read(1));
show(r2, 'r2 read()', r2.read());
setTimeout(function () { show(r2, 'r2 later read()', r2.read()); }, 5);
