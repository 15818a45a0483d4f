// The legacy Stream (require('stream') itself) and its pipe(): data to write(), pause() on
// false, resume() on 'drain', end() on 'end' or destroy() on 'close' (once), { end: false },
// errors thrown when unhandled, cleanup of every listener.
var stream = require('stream');

function source() {
  var s = new stream.Stream();
  s.readable = true;
  s.pause = function () { console.log('source pause'); };
  s.resume = function () { console.log('source resume'); };
  return s;
}
function dest(name, full) {
  var d = new stream.Stream();
  d.writable = true;
  var k = 0;
  d.write = function (c) { k++; console.log(name, 'write', c); return !(full && k % 2 === 0); };
  d.end = function () { console.log(name, 'end'); };
  d.destroy = function () { console.log(name, 'destroy'); };
  d.on('pipe', function () { console.log(name, 'pipe'); });
  return d;
}
function count(e) {
  var n = 0;
  for (var k in e._events) n += typeof e._events[k] === 'function' ? 1 : e._events[k].length;
  return n;
}

var s = source();
var d = dest('d', true);
console.log('returns dest', s.pipe(d) === d, 'listeners', count(s), count(d));
s.emit('data', 1);
s.emit('data', 2);
d.emit('drain');
d.writable = false;
s.emit('data', 'not written');
d.writable = true;
s.emit('end');
s.emit('close');
console.log('after end listeners', count(s), count(d));

var s2 = source();
var d2 = dest('d2');
s2.pipe(d2);
s2.emit('close');
s2.emit('end');

var s3 = source();
var d3 = dest('d3');
s3.pipe(d3, { end: false });
s3.emit('end');
console.log('end:false listeners', count(s3), count(d3));

var s4 = source();
var d4 = dest('d4');
s4.pipe(d4);
s4.on('error', function (e) { console.log('s4 handled', e.message); });
s4.emit('error', new Error('e4'));
console.log('after handled error', count(s4), count(d4));
var s5 = source();
s5.pipe(dest('d5'));
try { s5.emit('error', new Error('e5')); } catch (e) { console.log('unhandled error thrown:', e.message); }

// A streams2 Readable in old mode uses this pipe too.
var r = new stream.Readable();
r._read = function () {};
r.on('data', function () {});
var d6 = dest('d6');
r.pipe(d6);
r.push('from readable');
r.push(null);
var s7 = source();
var out = new stream.Writable();
out._write = function (c, e, cb) { console.log('streams2 dest got', String(c)); cb(); };
out.on('finish', function () { console.log('streams2 dest finish'); });
s7.pipe(out);
s7.emit('data', 'old data');
s7.emit('end');
