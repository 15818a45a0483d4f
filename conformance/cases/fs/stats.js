// fs.Stats: the fields (in 0.10's order), the is* methods for each kind of file, the mode
// bits set by chmod, sizes, times as Dates with whole seconds (utimes round trip), and the
// same answers from stat, lstat, fstat and their Sync twins.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('stats');
fs.writeFileSync(d + '/file', 'hello world');
fs.chmodSync(d + '/file', '640');
fs.mkdirSync(d + '/dir');
fs.chmodSync(d + '/dir', 488);
fs.symlinkSync('file', d + '/link');
fs.symlinkSync('nowhere', d + '/dangling');

function facts(s) {
  return {
    instance: s instanceof fs.Stats,
    keys: Object.keys(s).join(','),
    isFile: s.isFile(), isDirectory: s.isDirectory(), isSymbolicLink: s.isSymbolicLink(),
    isBlockDevice: s.isBlockDevice(), isCharacterDevice: s.isCharacterDevice(),
    isFIFO: s.isFIFO(), isSocket: s.isSocket(),
    perm: (s.mode & 511).toString(8), type: (s.mode & 61440).toString(8),
    size: s.isFile() || s.isSymbolicLink() ? s.size : 'dir',
    nlink: s.isFile() ? s.nlink : '-',
    dates: [s.atime, s.mtime, s.ctime].map(function (x) { return x instanceof Date && x.getTime() % 1000 === 0; }).join(','),
    numbers: ['dev', 'ino', 'uid', 'gid', 'rdev', 'blksize', 'blocks'].map(function (k) { return typeof s[k]; }).join(',')
  };
}

['file', 'dir', 'link', 'dangling'].forEach(function (n) {
  t.sync('statSync ' + n, function () { return facts(fs.statSync(d + '/' + n)); });
  t.sync('lstatSync ' + n, function () { return facts(fs.lstatSync(d + '/' + n)); });
});
t.sync('statSync /dev/null', function () { return facts(fs.statSync('/dev/null')); });
var fd = fs.openSync(d + '/file', 'r');
t.sync('fstatSync', function () { return facts(fs.fstatSync(fd)); });
fs.closeSync(fd);

fs.utimesSync(d + '/file', 1000000000.75, new Date(1234567890123));
t.sync('after utimes', function () {
  var s = fs.statSync(d + '/file');
  return [s.atime.getTime(), s.mtime.getTime(), s.atime.toUTCString()];
});

// ids above 2^31 (0.10 stored uid/gid as int32s); needs root, else both print EPERM
fs.writeFileSync(d + '/owned', '');
t.sync('uid/gid above 2^31', function () {
  fs.chownSync(d + '/owned', 3000000000, 4000000000);
  var s = fs.statSync(d + '/owned');
  return [s.uid, s.gid];
});

var st = new fs.Stats();
console.log('new Stats keys', Object.keys(st), 'methods', Object.getOwnPropertyNames(fs.Stats.prototype));
st.mode = 16877;
console.log('manual Stats isDirectory', st.isDirectory(), st._checkModeProperty(16384));

t.series([
  function (next) { fs.stat(d + '/file', function (e, s) { console.log('stat', arguments.length, e, JSON.stringify(facts(s))); next(); }); },
  function (next) { fs.lstat(d + '/link', function (e, s) { console.log('lstat', arguments.length, e, JSON.stringify(facts(s))); next(); }); },
  function (next) {
    fs.open(d + '/dir', 'r', function (e, fd2) {
      fs.fstat(fd2, function (e2, s) {
        console.log('fstat dir', arguments.length, e2, JSON.stringify(facts(s)));
        fs.close(fd2, next);
      });
    });
  }
]);
