// Numbers at the edges, as 0.10's binding and libuv 0.10 converted them: utimes stores whole
// seconds (utime(2)), futimes a timeval whose microseconds wrap for negative times, NaN and
// infinities become INT64_MIN (the file system clamps it); read positions that are NaN,
// infinite or negative mean "the current position"; write positions must be integers;
// offsets and lengths are Int32/Uint32 conversions; modes 0 and -1; missing arguments.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('edges');
var p = d + '/f';
fs.writeFileSync(p, 'hello');
var fd = fs.openSync(p, 'r+');

[1.75, -2.75, -0.5, 0.999999, 1e12, -1e12, NaN, Infinity, -Infinity, 123456789.123456, 1e20].forEach(function (v) {
  fs.futimesSync(fd, v, v);
  var viaFd = fs.fstatSync(fd).mtime.getTime();
  fs.utimesSync(p, v, v);
  console.log('times', v, viaFd, fs.statSync(p).mtime.getTime());
});

t.sync('writeSync(fd, buf)', function () { return fs.writeSync(fd, new Buffer('abc')); });
t.sync('writeSync(fd, buf, 0)', function () { return fs.writeSync(fd, new Buffer('abc'), 0); });
t.sync('readSync(fd, buf)', function () { return fs.readSync(fd, new Buffer(3)); });
t.sync('readSync(fd, buf, 0, 3)', function () { var b = new Buffer(3); return [fs.readSync(fd, b, 0, 3), b.toString()]; });
t.sync('writeSync(fd, "Z")', function () { return fs.writeSync(fd, 'Z'); });
t.sync('writeSync(fd, "Q", null, null)', function () { return fs.writeSync(fd, 'Q', null, null); });
t.sync('write(fd, buf, cb): no length, nothing happens', function () { return fs.write(fd, new Buffer('x'), function () { console.log('never'); }); });
t.sync('ftruncateSync 1e20', function () { return fs.ftruncateSync(fd, 1e20); });
t.sync('ftruncateSync 2^40', function () { fs.ftruncateSync(fd, Math.pow(2, 40)); return fs.fstatSync(fd).size; });
t.sync('ftruncateSync back to 5', function () { fs.ftruncateSync(fd, 5); return fs.fstatSync(fd).size; });
t.sync('readSync pos 2^40', function () { return fs.readSync(fd, new Buffer(2), 0, 2, Math.pow(2, 40)); });
t.sync('writeSync pos 1e20', function () { return fs.writeSync(fd, new Buffer(2), 0, 2, 1e20); });
t.sync('writeSync pos NaN', function () { return fs.writeSync(fd, new Buffer(2), 0, 2, NaN); });
t.sync('writeSync pos true', function () { return fs.writeSync(fd, new Buffer('T'), 0, 1, true); });
t.sync('readSync offset 2^32', function () { return fs.readSync(fd, new Buffer(2), Math.pow(2, 32), 1, 0); });
t.sync('writeSync offset 2^32', function () { return fs.writeSync(fd, new Buffer(2), Math.pow(2, 32), 1, 0); });
t.sync('writeSync len 2^32+1', function () { return fs.writeSync(fd, new Buffer(2), 0, Math.pow(2, 32) + 1, 0); });
t.sync('fchownSync 2^32', function () { return fs.fchownSync(fd, Math.pow(2, 32), 0); });
t.sync('fstatSync 2^31', function () { return fs.fstatSync(Math.pow(2, 31)); });
t.sync('closeSync -1', function () { return fs.closeSync(-1); });
t.sync('chmodSync 1e10', function () { return fs.chmodSync(p, 1e10); });
t.sync('chmodSync -1', function () { fs.chmodSync(p, -1); return (fs.statSync(p).mode & 4095).toString(8); });
t.sync('chmodSync "0"', function () { fs.chmodSync(p, '0'); return (fs.statSync(p).mode & 4095).toString(8); });
t.sync('mkdirSync mode 0', function () { fs.mkdirSync(d + '/m0', 0); return (fs.statSync(d + '/m0').mode & 511).toString(8); });
t.sync('openSync mode 0', function () { fs.closeSync(fs.openSync(d + '/o0', 'w', 0)); return (fs.statSync(d + '/o0').mode & 511).toString(8); });
t.sync('realpathSync variants', function () {
  return [fs.realpathSync('/'), fs.realpathSync('//tmp//'), fs.realpathSync('') === process.cwd(), fs.realpathSync('/tmp/../tmp/./')];
});

// read positions: from a known descriptor position (2), NaN/Infinity/-5/'3'/true read on from it
[NaN, Infinity, -5, '3', true, null, undefined, 1.9].forEach(function (pos) {
  var r = fs.openSync(p, 'r');
  fs.readSync(r, new Buffer(2), 0, 2, null);
  var b = new Buffer(2);
  var n = fs.readSync(r, b, 0, 2, pos);
  console.log('read at', String(pos), n, JSON.stringify(b.toString('binary', 0, n)));
  fs.closeSync(r);
});
fs.chmodSync(p, 420);
fs.closeSync(fd);
