// A pipe chain Readable -> Transform -> slow Writable (small highWaterMarks): the order of
// _read calls (and their sizes), write return values, 'drain', 'data', 'end' and 'finish'.
var stream = require('stream');
var util = require('util');
var log = [];
function L(s) { log.push(s); }

var chunks = ['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee', 'ffff'];
var src = new stream.Readable({ highWaterMark: 8 });
src._read = function (n) {
  var c = chunks.shift();
  L('src._read(' + n + ') -> ' + (c || 'EOF') + ' len=' + this._readableState.length);
  this.push(c ? new Buffer(c) : null);
};

var upper = new stream.Transform({ highWaterMark: 4 });
upper._transform = function (chunk, enc, cb) {
  L('upper._transform ' + chunk + ' ' + enc);
  cb(null, new Buffer(String(chunk).toUpperCase()));
};
upper._flush = function (cb) {
  L('upper._flush');
  this.push(new Buffer('!'));
  cb();
};

var sink = new stream.Writable({ highWaterMark: 5 });
var seen = [];
sink._write = function (chunk, enc, cb) {
  L('sink._write ' + chunk + ' ' + enc + ' pending=' + this._writableState.length);
  seen.push(String(chunk));
  setTimeout(function () { L('sink cb ' + chunk); cb(); }, 2);
};

var origWrite = sink.write;
sink.write = function (c) {
  var r = origWrite.apply(this, arguments);
  L('sink.write(' + c + ') -> ' + r);
  return r;
};
var upWrite = upper.write;
upper.write = function (c) {
  var r = upWrite.apply(this, arguments);
  L('upper.write(' + c + ') -> ' + r);
  return r;
};

src.on('end', function () { L('src end'); });
upper.on('end', function () { L('upper end'); });
upper.on('finish', function () { L('upper finish'); });
sink.on('drain', function () { L('sink drain'); });
upper.on('drain', function () { L('upper drain'); });
sink.on('pipe', function (s) { L('sink pipe from upper: ' + (s === upper)); });
sink.on('unpipe', function (s) { L('sink unpipe'); });
sink.on('finish', function () {
  L('sink finish: ' + seen.join(','));
  console.log(log.join('\n'));
});

src.pipe(upper).pipe(sink);
// After pipe(): a 'data' listener on a piped stream only observes.
src.on('data', function (c) { L('src data ' + c); });
L('piped');
process.nextTick(function () { L('tick after pipe'); });
