// Error message/code/errno/keys for many failing fs calls (EEXIST, ENOTEMPTY, ENOTDIR, EISDIR, EBADF, ...), async and sync.
var fs = require('fs');
var path = require('path');
var dir = 'tmp-errs';
function rmrf(p) { try { var st = fs.lstatSync(p); } catch (e) { return; } if (st.isDirectory()) { fs.readdirSync(p).forEach(function (f) { rmrf(path.join(p, f)); }); fs.rmdirSync(p); } else fs.unlinkSync(p); }
rmrf(dir);
fs.mkdirSync(dir);
fs.writeFileSync(dir + '/f', 'data');
fs.mkdirSync(dir + '/d');
fs.writeFileSync(dir + '/d/x', '');
var ops = [
  ['mkdir exists', function (cb) { fs.mkdir(dir + '/d', cb); }],
  ['rmdir notempty', function (cb) { fs.rmdir(dir + '/d', cb); }],
  ['rmdir file', function (cb) { fs.rmdir(dir + '/f', cb); }],
  ['unlink dir', function (cb) { fs.unlink(dir + '/d', cb); }],
  ['open wx', function (cb) { fs.open(dir + '/f', 'wx', cb); }],
  ['open dir w', function (cb) { fs.open(dir + '/d', 'w', cb); }],
  ['readFile dir', function (cb) { fs.readFile(dir + '/d', cb); }],
  ['readdir file', function (cb) { fs.readdir(dir + '/f', cb); }],
  ['rename missing', function (cb) { fs.rename(dir + '/nope', dir + '/nope2', cb); }],
  ['rename dir into file', function (cb) { fs.rename(dir + '/d', dir + '/f', cb); }],
  ['link exists', function (cb) { fs.link(dir + '/f', dir + '/f', cb); }],
  ['symlink exists', function (cb) { fs.symlink('f', dir + '/f', cb); }],
  ['readlink notlink', function (cb) { fs.readlink(dir + '/f', cb); }],
  ['chmod missing', function (cb) { fs.chmod(dir + '/nope', 438, cb); }],
  ['stat enotdir', function (cb) { fs.stat(dir + '/f/x', cb); }],
  ['realpath missing', function (cb) { fs.realpath(dir + '/nope', cb); }],
  ['close bad fd', function (cb) { fs.close(9999, cb); }],
  ['fstat bad fd', function (cb) { fs.fstat(9999, cb); }],
  ['read bad fd', function (cb) { fs.read(9999, new Buffer(1), 0, 1, 0, cb); }],
  ['write bad fd', function (cb) { fs.write(9999, new Buffer(1), 0, 1, 0, cb); }],
  ['ftruncate bad fd', function (cb) { fs.ftruncate(9999, 0, cb); }],
  ['utimes missing', function (cb) { fs.utimes(dir + '/nope', 1, 1, cb); }],
  ['writeFile into dir', function (cb) { fs.writeFile(dir + '/d', 'x', cb); }],
  ['appendFile missing dir', function (cb) { fs.appendFile(dir + '/no/x', 'x', cb); }],
  ['truncate missing', function (cb) { fs.truncate(dir + '/nope', 0, cb); }],
  ['lstat missing', function (cb) { fs.lstat(dir + '/nope', cb); }],
  ['exists', function (cb) { fs.exists(dir + '/f', function (e) { cb(null, e); }); }],
  ['open bad flags', function (cb) { try { fs.open(dir + '/f', 'zz', cb); } catch (e) { cb(e); } }],
  ['read dir fd', function (cb) { fs.open(dir + '/d', 'r', function (e, fd) { if (e) return cb(e); fs.read(fd, new Buffer(10), 0, 10, null, function (e2, n) { fs.closeSync(fd); cb(e2, n); }); }); }],
];
var i = 0;
(function next() {
  if (i === ops.length) {
    // sync forms
    ['mkdirSync', 'rmdirSync', 'readdirSync', 'readFileSync', 'statSync', 'unlinkSync'].forEach(function (m) {
      try { fs[m](dir + '/nope/x'); console.log(m, 'ok'); } catch (e) { console.log(m, e.message, e.code, e.errno, e.path === undefined ? 'nopath' : 'path'); }
    });
    rmrf(dir);
    return;
  }
  var op = ops[i++];
  op[1](function (err, v) {
    if (err) console.log(op[0], '->', err.message, err.code, err.errno, Object.keys(err).sort().join(','));
    else console.log(op[0], '-> ok', typeof v === 'object' ? typeof v : v);
    next();
  });
})();
