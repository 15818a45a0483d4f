// stream.read(0) and stream.push(''): read(0) triggers _read below the mark and always
// returns null; push('') ends a pending read without adding data, and read(0) polls again
// (the manual's SimpleProtocol v1 pattern).
var stream = require('stream');

var src = new stream.Readable();
var srcData = ['{"x":', '1}\n', '\nbo', 'dy', null];
src._read = function () {
  var self = this;
  setTimeout(function () {
    var d = srcData.shift();
    console.log('src push', JSON.stringify(d));
    self.push(d === null ? null : new Buffer(d));
  }, 2);
};

var p = new stream.Readable();
var inBody = false;
var head = [];
var reads = 0;
p._read = function (n) {
  reads++;
  var chunk = src.read();
  console.log('p._read', n, 'reads', reads, 'src gave', chunk === null ? null : JSON.stringify(String(chunk)));
  if (chunk === null) return this.push('');
  if (!inBody) {
    var s = String(chunk);
    var i = s.indexOf('\n\n');
    if (i < 0) {
      head.push(s);
      // also try one split across chunks
      if (/\n$/.test(s) && head.length) {}
      return this.push('');
    }
    head.push(s.slice(0, i));
    inBody = true;
    console.log('header', head.join(''));
    this.unshift(new Buffer(s.slice(i + 2)));
    return;
  }
  this.push(chunk);
};
src.on('readable', function () {
  console.log('src readable; p.read(0) ->', p.read(0), 'p.reading', p._readableState.reading);
});
src.on('end', function () { console.log('src end'); p.push(null); });
p.on('readable', function () {
  var c;
  while (null !== (c = p.read())) console.log('p read', JSON.stringify(String(c)));
});
p.on('end', function () {
  console.log('p end');
  var q = new stream.Readable();
  q._read = function (n) { console.log('q _read', n); };
  console.log('q.read(0)', q.read(0), 'reading', q._readableState.reading);
  console.log('q.push("") ->', q.push(''), 'reading', q._readableState.reading, 'length', q._readableState.length);
  console.log('q.push(new Buffer(0)) ->', q.push(new Buffer(0)));
  console.log('q.read(0)', q.read(0));
  q.push('data');
  console.log('q.read(0) with data', q.read(0), 'length', q._readableState.length);
  var o = new stream.Readable({ objectMode: true });
  o._read = function () {};
  console.log('objectMode push("") ->', o.push(''), 'length', o._readableState.length, 'read ->', JSON.stringify(o.read()));
});
