// Bad arguments: what throws synchronously (TypeError 'path must be a string', 'Bad
// argument', 'flags must be an int', 'Unknown file open flag: x', 'Offset is out of bounds',
// 'Not an integer', 'Cannot parse time: x', 'Bad arguments'…), what is coerced, and the
// NUL-byte check (thrown by sync calls, passed to async callbacks).
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('args');
var f = d + '/file';
fs.writeFileSync(f, '0123456789');
var fd = fs.openSync(f, 'r+');
function cb(e) { console.log('  callback', arguments.length, t.err(e)); }

var paths = [undefined, null, 123, {}, true, ['a']];
['stat', 'lstat', 'readdir', 'readlink', 'unlink', 'rmdir', 'realpath', 'mkdir', 'open',
 'readFile', 'writeFile', 'appendFile', 'exists', 'truncate'].forEach(function (n) {
  paths.forEach(function (p, i) {
    if (n !== 'truncate' || typeof p !== 'number') {
      t.sync(n + 'Sync(paths[' + i + '])', function () { return fs[n + 'Sync'](p, n === 'open' ? 'r' : undefined); });
    }
  });
});
t.sync('rename(1, x)', function () { return fs.renameSync(1, 'x'); });
t.sync('rename(x, 1)', function () { return fs.renameSync('x', 1); });
t.sync('link(1, x)', function () { return fs.linkSync(1, 'x'); });
t.sync('link(x, 1)', function () { return fs.linkSync('x', 1); });
t.sync('symlink(1, x)', function () { return fs.symlinkSync(1, 'x'); });
t.sync('symlink(x, 1)', function () { return fs.symlinkSync('x', 1); });
t.sync('symlink type bogus', function () { return fs.symlinkSync('x', d + '/l', 'bogus'); });
t.sync('chmod(path, undefined)', function () { return fs.chmodSync(f); });
t.sync('chmod(path, "xyz")', function () { return fs.chmodSync(f, 'xyz'); });
t.sync('chmod(path, {})', function () { return fs.chmodSync(f, {}); });
t.sync('chown(path, -1, 0)', function () { return fs.chownSync(f, -1, 0); });
t.sync('chown(path, 0, "0")', function () { return fs.chownSync(f, 0, '0'); });
t.sync('chown(path, 0, 1.5)', function () { return fs.chownSync(f, 0, 1.5); });
t.sync('utimes(path, "1", 2)', function () { return fs.utimesSync(f, '1', 2); });
t.sync('utimes(path, 1, {})', function () { return fs.utimesSync(f, 1, {}); });
t.sync('utimes(path, 1, null)', function () { return fs.utimesSync(f, 1, null); });
t.sync('_toUnixTimestamp', function () { return [fs._toUnixTimestamp(5), fs._toUnixTimestamp(new Date(1500))]; });

// descriptors
['closeSync', 'fstatSync', 'fsyncSync', 'fdatasyncSync', 'ftruncateSync'].forEach(function (n) {
  [undefined, null, 'x', 1.5, -0, {}].forEach(function (v, i) {
    t.sync(n + '(fds[' + i + '])', function () { return fs[n](v); });
  });
});
t.sync('fchmod(fd, undefined)', function () { return fs.fchmodSync(fd); });
t.sync('fchmod("x", 420)', function () { return fs.fchmodSync('x', 420); });
t.sync('fchown("x", 0, 0)', function () { return fs.fchownSync('x', 0, 0); });
t.sync('fchown(fd, -1, 0)', function () { return fs.fchownSync(fd, -1, 0); });
t.sync('futimes("x", 1, 1)', function () { return fs.futimesSync('x', 1, 1); });
t.sync('futimes(fd, "1", 1)', function () { return fs.futimesSync(fd, '1', 1); });
t.sync('ftruncate(fd, "x")', function () { return fs.ftruncateSync(fd, 'x'); });
t.sync('ftruncate(fd, 1.5)', function () { return fs.ftruncateSync(fd, 1.5); });
t.sync('ftruncate(fd, -1)', function () { return fs.ftruncateSync(fd, -1); });
t.sync('ftruncate(fd, "10")', function () { return fs.ftruncateSync(fd, '10'); });

// open flags and modes
[undefined, null, 1.5, 'R', 'rw', 'x', '', 'r ', {}].forEach(function (fl, i) {
  t.sync('openSync flags[' + i + ']', function () { return fs.openSync(f, fl); });
});
[1.5, 'abc', {}, null].forEach(function (m, i) {
  t.sync('openSync mode[' + i + ']', function () { return typeof fs.openSync(d + '/m' + i, 'w', m); });
});

// read/write bounds and positions
function B(n) { return new Buffer(n); }
var rw = [[B(4), 0, 4, 0], [B(4), -1, 2, 0], [B(4), 4, 0, 0], [B(4), 3, 2, 0], [B(4), 0, -1, 0],
  [B(0), 0, 0, 0], [B(4), '1', 2, 0], [B(4), 1.7, 2, 0], [B(4), 0, 2, '1'], [B(4), 0, 2, 'x'],
  [B(4), 0, 2, {}], [B(4), 0, 2, -5], [B(4), 0, 2, 1.5], [B(4), 0, 2, null], [B(4), 0, 2, undefined],
  [B(4), 0, 2, true], [B(4), 0, '2', 0], [B(4), 0, 2.9, 0], [B(4), null, null, null], [B(4), 0, NaN, 0]];
rw.forEach(function (a, i) {
  t.sync('readSync args[' + i + ']', function () { return fs.readSync(fd, a[0], a[1], a[2], a[3]); });
  t.sync('writeSync args[' + i + ']', function () { return fs.writeSync(fd, a[0], a[1], a[2], a[3]); });
});
t.sync('readSync("x")', function () { return fs.readSync('x', B(2), 0, 1, 0); });
t.sync('writeSync("x")', function () { return fs.writeSync('x', B(2), 0, 1, 0); });
t.sync('writeSync latin1 (not in 0.10)', function () { return fs.writeSync(fd, 'abc', 0, 'latin1'); });
t.sync('writeSync bogus encoding', function () { return fs.writeSync(fd, 'abc', 0, 'bogus'); });
t.sync('readSync legacy bogus encoding', function () { return fs.readSync(fd, 2, 0, 'bogus'); });
t.sync('readSync legacy length 0', function () { return fs.readSync(fd, 0, 0, 'utf8'); });

// whole-file options
t.sync('readFileSync(f, 5)', function () { return fs.readFileSync(f, 5); });
t.sync('readFileSync(f, "bogus")', function () { return fs.readFileSync(f, 'bogus'); });
t.sync('readFileSync(f, {flag: "q"})', function () { return fs.readFileSync(f, { flag: 'q' }); });
t.sync('writeFileSync(f, x, 5)', function () { return fs.writeFileSync(f, 'x', 5); });
t.sync('writeFileSync(f, x, "bogus")', function () { return fs.writeFileSync(f, 'x', 'bogus'); });
t.sync('appendFileSync(f, x, true)', function () { return fs.appendFileSync(f, 'x', true); });
t.sync('readFile(f, 5, cb)', function () { return fs.readFile(f, 5, cb); });
t.sync('writeFile(f, x, 5, cb)', function () { return fs.writeFile(f, 'x', 5, cb); });
t.sync('readFile(f, "bogus", cb)', function () { return fs.readFile(f, 'bogus', cb); });

// watchers and streams
t.sync('watch(123)', function () { return fs.watch(123); });
t.sync('watch(nope)', function () { return fs.watch(d + '/nope'); });
t.sync('watchFile without listener', function () { return fs.watchFile(f); });
t.sync('watchFile options without listener', function () { return fs.watchFile(f, { interval: 10 }); });
t.sync('ReadStream start "a"', function () { return fs.createReadStream(f, { start: 'a' }); });
t.sync('ReadStream end "a"', function () { return fs.createReadStream(f, { start: 1, end: 'a' }); });
t.sync('ReadStream start > end', function () { return fs.createReadStream(f, { start: 5, end: 2 }); });
t.sync('WriteStream start -1', function () { return fs.createWriteStream(f, { start: -1 }); });
t.sync('WriteStream start "1"', function () { return fs.createWriteStream(f, { start: '1' }); });

// NUL bytes: sync throws, async calls back on the next tick
var nul = d + '/a\u0000b';
['stat', 'open', 'readFile', 'writeFile', 'mkdir', 'rename', 'unlink', 'chmod', 'exists', 'realpath', 'watch', 'watchFile'].forEach(function (n) {
  t.sync(n + 'Sync(nul)', function () { return fs[n + 'Sync'] ? fs[n + 'Sync'](nul, 'r') : fs[n](nul, function () {}); });
});
console.log('async NUL checks:');
fs.stat(nul, cb);
fs.open(nul, 'r', cb);
fs.mkdir(nul, cb);
fs.rename(nul, 'x', cb);
fs.readFile(nul, cb);
fs.exists(nul, function (x) { console.log('  exists', x); });
console.log('(none yet)');
process.on('exit', function () { fs.closeSync(fd); });
