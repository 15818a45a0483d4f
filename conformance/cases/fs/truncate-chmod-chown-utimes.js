// truncate/ftruncate (0.10.19's truncate opens with 'w': the content comes back as zeros,
// and a missing file is created), chmod/fchmod (numbers and octal strings), chown/fchown to
// the owner the file already has, utimes/futimes (seconds and Dates), fsync/fdatasync.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('attrs');
var p = d + '/f';
function content() { return JSON.stringify(fs.readFileSync(p, 'binary')); }

fs.writeFileSync(p, '0123456789');
fs.truncateSync(p, 4);
console.log('truncateSync 4', content());
fs.writeFileSync(p, '0123456789');
fs.truncateSync(p);
console.log('truncateSync default', content());
fs.truncateSync(d + '/created', 3);
console.log('truncateSync creates', JSON.stringify(fs.readFileSync(d + '/created', 'binary')));
fs.writeFileSync(p, '0123456789');
var fd = fs.openSync(p, 'r+');
fs.ftruncateSync(fd, 6);
console.log('ftruncateSync 6', content());
fs.ftruncateSync(fd, 8);
console.log('ftruncateSync grows', content());
fs.truncateSync(fd, 2);
console.log('truncateSync(fd)', content());
fs.ftruncateSync(fd);
console.log('ftruncateSync default', content());

fs.chmodSync(p, 448);
console.log('chmodSync 448', (fs.statSync(p).mode & 4095).toString(8));
fs.chmodSync(p, '0644');
console.log('chmodSync "0644"', (fs.statSync(p).mode & 4095).toString(8));
fs.chmodSync(p, '4755');
console.log('chmodSync "4755"', (fs.statSync(p).mode & 4095).toString(8));
fs.fchmodSync(fd, 384);
console.log('fchmodSync 384', (fs.statSync(p).mode & 4095).toString(8));
fs.fchmodSync(fd, '640');
console.log('fchmodSync "640"', (fs.statSync(p).mode & 4095).toString(8));

var st = fs.statSync(p);
console.log('chownSync same owner', fs.chownSync(p, st.uid, st.gid));
console.log('fchownSync same owner', fs.fchownSync(fd, st.uid, st.gid));
console.log('owner unchanged', fs.statSync(p).uid === st.uid, fs.statSync(p).gid === st.gid);

fs.utimesSync(p, 100, 200);
var s1 = fs.statSync(p);
console.log('utimesSync seconds', s1.atime.getTime(), s1.mtime.getTime());
fs.futimesSync(fd, new Date(300500), new Date(400999));
var s2 = fs.statSync(p);
console.log('futimesSync dates', s2.atime.getTime(), s2.mtime.getTime());
console.log('fsyncSync', fs.fsyncSync(fd), 'fdatasyncSync', fs.fdatasyncSync(fd));

t.series([
  function (next) {
    fs.writeFileSync(p, '0123456789');
    fs.truncate(p, 5, function (e) { console.log('truncate', arguments.length, e, content()); next(); });
  },
  function (next) {
    fs.writeFileSync(p, '0123456789');
    fs.truncate(p, function (e) { console.log('truncate(path, cb)', arguments.length, e, content()); next(); });
  },
  function (next) {
    fs.writeFileSync(p, '0123456789');
    fs.ftruncate(fd, 3, function (e) { console.log('ftruncate', arguments.length, e, content()); next(); });
  },
  function (next) { fs.ftruncate(fd, function (e) { console.log('ftruncate(fd, cb)', arguments.length, e, content()); next(); }); },
  function (next) { fs.truncate(fd, 7, function (e) { console.log('truncate(fd)', arguments.length, e, content()); next(); }); },
  function (next) { fs.chmod(p, '600', function (e) { console.log('chmod', arguments.length, e, (fs.statSync(p).mode & 511).toString(8)); next(); }); },
  function (next) { fs.fchmod(fd, 420, function (e) { console.log('fchmod', arguments.length, e, (fs.statSync(p).mode & 511).toString(8)); next(); }); },
  function (next) { fs.chown(p, st.uid, st.gid, function (e) { console.log('chown', arguments.length, e); next(); }); },
  function (next) { fs.fchown(fd, st.uid, st.gid, function (e) { console.log('fchown', arguments.length, e); next(); }); },
  function (next) { fs.utimes(p, 1e9, new Date(2e12), function () { console.log('utimes', arguments.length, fs.statSync(p).mtime.getTime()); next(); }); },
  function (next) { fs.futimes(fd, 5, 6, function () { console.log('futimes', arguments.length, fs.statSync(p).mtime.getTime()); next(); }); },
  function (next) { fs.fsync(fd, function (e) { console.log('fsync', arguments.length, e); next(); }); },
  function (next) { fs.fdatasync(fd, function (e) { console.log('fdatasync', arguments.length, e); next(); }); },
  function (next) { fs.close(fd, function (e) { console.log('close', arguments.length, e); next(); }); }
]);
