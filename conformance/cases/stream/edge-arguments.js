// Argument edges: a readable listener after end, listener re-adding, setEncoding(null),
// the "buffer" encoding for strings (throws, as new Buffer does), encodings reported to
// _write/_transform with and without decodeStrings, objectMode ignoring encodings, and how
// read(n) grows highWaterMark (next power of two, at most 8 MiB).
var stream = require('stream');
var util = require('util');
var r = new stream.Readable();
r._read = function () { this.push(null); };
r.resume();
r.on('end', function () {
  console.log('readable after end', r.readable);
  r.on('readable', function () { console.log('late readable'); });
  console.log('listening', r._readableState.readableListening, r._readableState.needReadable);
});
var r2 = new stream.Readable();
var n2 = 0;
r2._read = function () { n2++; console.log('r2 _read', n2); };
function h() {}
r2.on('readable', h);
r2.removeListener('readable', h);
r2.on('readable', h);
console.log('r2 reads', n2, r2._readableState.readableListening);
var r3 = new stream.Readable();
r3._read = function () {};
r3.setEncoding(null);
console.log('setEncoding(null)', r3._readableState.encoding, r3._readableState.decoder && r3._readableState.decoder.encoding);
r3.push(new Buffer('h\u00e9'));
console.log(JSON.stringify(r3.read()));
var r4 = new stream.Readable();
r4._read = function () {};
try { r4.push('abc', 'buffer'); } catch (e) { console.log('push buffer enc throws', e.message); }
console.log(String(r4.read()));
var w = new stream.Writable({ decodeStrings: false });
w._write = function (c, e, cb) { console.log('w', typeof c, e, String(c)); cb(); };
w.write(new Buffer('x'), 'hex');
try { w.write('6869', 'buffer'); } catch (e) { console.log('write buffer enc throws', e.message); }
w.end('6869', 'hex');
var t = new stream.Transform();
t._transform = function (c, e, cb) { console.log('t', typeof c, e); cb(); };
t.write('abc', 'ascii');
t.write(new Buffer('a'));
var t2 = new stream.Transform({ decodeStrings: false });
t2._transform = function (c, e, cb) { console.log('t2', typeof c, e); cb(); };
t2.write('abc', 'ascii');
t2.write('abc');
var d = new stream.Duplex({ objectMode: true });
d._read = function () {};
d._write = function (c, e, cb) { console.log('d', util.inspect(c), e); cb(); };
d.write({ a: 1 }, 'hex');
d.end();
console.log(d._writableState.ended, d.readable, d.writable);
var r5 = new stream.Readable({ highWaterMark: 3 });
r5._read = function (n) { console.log('r5 _read', n); };
console.log(r5.read(5), r5._readableState.highWaterMark, r5.read(1000), r5._readableState.highWaterMark, r5.read(3), r5._readableState.highWaterMark);
console.log(r5.read(4194305), r5._readableState.highWaterMark, r5.read(9e9), r5._readableState.highWaterMark);
