// Transform with _flush: 'finish' (writable side) comes before 'end' (readable side); _flush
// runs on 'finish' and may push() asynchronously; the callback-with-data form
// cb(null, data); end() callback timing; errors from _transform and _flush.
var stream = require('stream');
var util = require('util');

function Lines(opts) {
  stream.Transform.call(this, opts);
  this._rest = '';
}
util.inherits(Lines, stream.Transform);
Lines.prototype._transform = function (chunk, enc, cb) {
  console.log('_transform', JSON.stringify(String(chunk)), enc);
  var parts = (this._rest + chunk).split('\n');
  this._rest = parts.pop();
  for (var i = 0; i < parts.length; i++) this.push(parts[i] + '|');
  cb();
};
Lines.prototype._flush = function (cb) {
  var self = this;
  console.log('_flush, rest', JSON.stringify(this._rest));
  setTimeout(function () {
    self.push(self._rest + '|');
    console.log('flush pushed');
    cb();
  }, 1);
};

var t = new Lines();
t.setEncoding('utf8');
t.on('data', function (d) { console.log('data', JSON.stringify(d)); });
t.on('finish', function () { console.log('finish'); });
t.on('end', function () {
  console.log('end');
  second();
});
t.write('a\nb');
t.write(new Buffer('c\nd\ne'));
t.end('f', function () { console.log('end() callback'); });
console.log('after end()');

function second() {
  var t2 = new stream.Transform({ objectMode: true });
  t2._transform = function (chunk, enc, cb) {
    if (chunk === 3) return cb(new Error('bad chunk 3'));
    cb(null, chunk * 10);
  };
  t2.on('error', function (e) { console.log('t2 error', e.message); });
  t2.on('data', function (d) { console.log('t2 data', d); });
  t2.write(1, function (e) { console.log('t2 write 1 cb', e); });
  t2.write(2);
  t2.write(3, function (e) { console.log('t2 write 3 cb', e && e.message); });
  t2.write(4, function (e) { console.log('t2 write 4 cb', e); });
  console.log('t2 writes queued');
  setTimeout(third, 5);
}

function third() {
  var t3 = new stream.Transform();
  t3._transform = function (c, e, cb) { cb(null, c); };
  t3._flush = function (cb) { cb(new Error('flush failed')); };
  t3.on('error', function (e) { console.log('t3 error', e.message); });
  t3.on('finish', function () { console.log('t3 finish'); });
  t3.on('end', function () { console.log('t3 end (not expected)'); });
  t3.resume();
  t3.end('x');

  // No _flush: end as soon as the writable side finishes.
  var t4 = new stream.Transform();
  t4._transform = function (c, e, cb) { this.push(c); this.push(c); cb(); };
  var got = [];
  t4.on('data', function (d) { got.push(String(d)); });
  t4.on('finish', function () { console.log('t4 finish'); });
  t4.on('end', function () { console.log('t4 end', got); });
  t4.end('z');
}
