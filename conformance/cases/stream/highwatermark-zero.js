// highWaterMark 0 on both sides: every write returns false, _read is called with 0, push()
// returns false; read(0) and read() behaviour; 'drain' after each write; a pipe through
// hwm-0 streams.
var stream = require('stream');

var w = new stream.Writable({ highWaterMark: 0 });
w._write = function (c, e, cb) {
  console.log('_write', String(c));
  setImmediate(function () {
    cb();
    if (String(c) === '1') step2();
    if (String(c) === '3') readSide();
  });
};
w.on('drain', function () { console.log('drain'); });
console.log('write 1 ->', w.write('1'));
function step2() {
  console.log('write 2 ->', w.write('2'));
  console.log('write 3 ->', w.write('3'));
}

function readSide() {
  var r = new stream.Readable({ highWaterMark: 0 });
  var n = 0;
  r._read = function (size) {
    n++;
    console.log('_read', size, 'call', n);
    if (n < 4) {
      var ret = this.push('p' + n);
      console.log('push ->', ret, 'length', this._readableState.length);
    } else {
      this.push(null);
    }
  };
  console.log('read(0) ->', r.read(0));
  console.log('read() ->', String(r.read()));
  console.log('read(0) ->', r.read(0));
  r.on('readable', function () {
    console.log('readable, length', r._readableState.length);
    var c = r.read();
    console.log('read ->', c === null ? null : String(c));
  });
  r.on('end', function () {
    console.log('end');
    piped();
  });
}

function piped() {
  var src = new stream.Readable({ highWaterMark: 0 });
  var k = 0;
  src._read = function (size) {
    k++;
    console.log('src _read', size, k);
    this.push(k <= 3 ? 's' + k : null);
  };
  var mid = new stream.PassThrough({ highWaterMark: 0 });
  var sink = new stream.Writable({ highWaterMark: 0 });
  sink._write = function (c, e, cb) { console.log('sink', String(c)); setImmediate(cb); };
  sink.on('finish', function () { console.log('sink finish'); });
  src.pipe(mid).pipe(sink);
}
