// objectMode with falsy values: 0, false, '', NaN and undefined vs null. push(undefined)
// ends the stream like push(null); read(n) returns one item whatever n; write() of falsy
// values reaches _write.
var stream = require('stream');
var util = require('util');

var r = new stream.Readable({ objectMode: true, highWaterMark: 3 });
var items = [0, false, '', NaN, [], {}, 'x', null];
r._read = function (n) {
  var v = items.shift();
  console.log('_read', n, '-> push', util.inspect(v), 'returned', this.push(v), 'length', this._readableState.length);
};
r.on('readable', function () {
  var v;
  console.log('readable, length', r._readableState.length);
  while (null !== (v = r.read(100))) console.log('read(100)', util.inspect(v));
});
r.on('end', function () {
  console.log('end');

  var r2 = new stream.Readable({ objectMode: true });
  r2._read = function () {};
  r2.push(1);
  console.log('push(undefined) ->', r2.push(undefined), 'ended', r2._readableState.ended);
  console.log('read(0)', r2.read(0), 'read()', r2.read(), 'read()', r2.read());
  r2.on('end', function () { console.log('r2 end'); });

  var w = new stream.Writable({ objectMode: true, highWaterMark: 2 });
  w._write = function (chunk, enc, cb) {
    console.log('_write', util.inspect(chunk), enc);
    cb();
  };
  [0, false, '', NaN, undefined, null].forEach(function (v) {
    console.log('write', util.inspect(v), '->', w.write(v));
  });
  w.end(0);
  w.on('finish', function () {
    console.log('finish');
    var pt = new stream.PassThrough({ objectMode: true });
    var out = [];
    pt.on('data', function (d) { out.push(d); });
    pt.on('end', function () { console.log('passthrough', util.inspect(out)); });
    pt.write(0);
    pt.write(false);
    pt.write('');
    pt.end(NaN);
  });
});
