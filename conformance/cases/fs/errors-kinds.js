// The error kinds a program meets, sync and async: EISDIR, EEXIST, ENOTDIR, ENOTEMPTY,
// EACCES (a read-only /proc/sys entry refuses writes even to root), EPERM, EXDEV, EINVAL,
// ELOOP, ENAMETOOLONG, and EBADF on a descriptor that is not open.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('kinds');
fs.writeFileSync(d + '/file', 'data');
fs.mkdirSync(d + '/dir');
fs.writeFileSync(d + '/dir/inner', 'x');
fs.symlinkSync('loop2', d + '/loop1');
fs.symlinkSync('loop1', d + '/loop2');
var long = d + '/' + new Array(300).join('n');
// a descriptor number nothing has open (a closed one could be reused by a later open)
var closed = 999;

var calls = [
  ['EISDIR open w', 'open', [d + '/dir', 'w']],
  ['EISDIR readFile', 'readFile', [d + '/dir']],
  ['EISDIR unlink', 'unlink', [d + '/dir']],
  ['EISDIR writeFile', 'writeFile', [d + '/dir', 'x']],
  ['EISDIR rename file over dir', 'rename', [d + '/file', d + '/dir']],
  ['EEXIST mkdir', 'mkdir', [d + '/dir']],
  ['EEXIST open wx', 'open', [d + '/file', 'wx']],
  ['EEXIST open ax+', 'open', [d + '/file', 'ax+']],
  ['EEXIST link', 'link', [d + '/file', d + '/dir']],
  ['EEXIST symlink', 'symlink', ['anything', d + '/file']],
  ['ENOTDIR readdir file', 'readdir', [d + '/file']],
  ['ENOTDIR rmdir file', 'rmdir', [d + '/file']],
  ['ENOTDIR stat through file', 'stat', [d + '/file/x']],
  ['ENOTDIR open through file', 'open', [d + '/file/x', 'r']],
  ['ENOTDIR rename dir over file', 'rename', [d + '/dir', d + '/file']],
  ['ENOTEMPTY rmdir', 'rmdir', [d + '/dir']],
  ['EACCES open /proc/sys w', 'open', ['/proc/sys/kernel/version', 'w']],
  ['EACCES writeFile /proc/sys', 'writeFile', ['/proc/sys/kernel/version', 'x']],
  ['EPERM unlink /proc entry', 'unlink', ['/proc/version']],
  ['EXDEV link across devices', 'link', ['/proc/version', d + '/xdev']],
  ['EINVAL readlink regular file', 'readlink', [d + '/file']],
  ['EINVAL rename dir into itself', 'rename', [d + '/dir', d + '/dir/sub']],
  ['ELOOP stat', 'stat', [d + '/loop1']],
  ['ELOOP open', 'open', [d + '/loop1', 'r']],
  ['ENAMETOOLONG stat', 'stat', [long]],
  ['EBADF fstat closed', 'fstat', [closed]],
  ['EBADF close closed', 'close', [closed]],
  ['EBADF fsync closed', 'fsync', [closed]],
  ['EBADF ftruncate closed', 'ftruncate', [closed, 0]],
  ['EBADF fchmod closed', 'fchmod', [closed, 420]],
  ['EBADF fchown closed', 'fchown', [closed, 0, 0]],
  ['EBADF futimes closed', 'futimes', [closed, 1, 1]],
  ['EBADF read closed', 'read', [closed, new Buffer(4), 0, 4, 0]],
  ['EBADF write closed', 'write', [closed, new Buffer(4), 0, 4, 0]],
  ['EBADF fdatasync closed', 'fdatasync', [closed]]
];

calls.forEach(function (c) {
  t.sync(c[0] + ' (sync)', function () { return fs[c[1] + 'Sync'].apply(fs, c[2]); });
});

t.series(calls.map(function (c) {
  return function (next) {
    fs[c[1]].apply(fs, c[2].concat(function (e) {
      console.log(c[0], '(async)', arguments.length, t.err(e));
      next();
    }));
  };
}));
