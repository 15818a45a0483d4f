// unpipe() in the middle of a stream: 'unpipe' on the destination, the flow stops, the data
// stays buffered in the source; piping to a second destination picks up from there.
var stream = require('stream');
function L(s) { console.log(s); }

var n = 0;
var src = new stream.Readable({ highWaterMark: 4 });
src._read = function (size) {
  n++;
  L('_read ' + size + ' #' + n);
  var self = this;
  setImmediate(function () {
    self.push(n <= 8 ? new Buffer('c' + n) : null);
    // Unpiped after c3, the source fills its buffer up to the mark with c4 and c5, and
    // stops reading; then b is piped.
    if (n === 5) setImmediate(pipeB);
  });
};

function sink(name) {
  var w = new stream.Writable({ highWaterMark: 4 });
  w._write = function (chunk, enc, cb) { L(name + ' got ' + chunk); cb(); };
  w.on('pipe', function () { L(name + ' pipe'); });
  w.on('unpipe', function (s) { L(name + ' unpipe ' + (s === src)); });
  w.on('finish', function () { L(name + ' finish'); });
  return w;
}
var a = sink('a');
var b = sink('b');

a.on('unpipe', function () {
  var st = src._readableState;
  L('after unpipe: flowing=' + st.flowing + ' pipesCount=' + st.pipesCount + ' pipes=' + (st.pipes === null ? 'null' : '?') + ' length=' + st.length);
});
a.on('pipe', function () {
  var write = a._write;
  a._write = function (chunk, enc, cb) {
    write.call(a, chunk, enc, cb);
    if (String(chunk) === 'c3') {
      src.unpipe(a);
      L('unpiped');

    }
  };
});
function pipeB() {
  L('buffered before b: ' + src._readableState.length + ' reading ' + src._readableState.reading);
  src.pipe(b);
}
src.pipe(a);
src.on('end', function () {
  L('end');
});
b.on('finish', function () {
  L('a ended: ' + a._writableState.ended);
});
