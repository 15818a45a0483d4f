// ENOENT from every call that takes a path, sync ("ENOENT, no such file or directory '<p>'",
// with syscall) and async ("ENOENT, <syscall> '<p>'", no syscall), with errno 34.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('enoent');
var nope = d + '/nope';
var nope2 = d + '/nope/deeper';

var calls = [
  ['open', [nope, 'r']], ['stat', [nope]], ['lstat', [nope]], ['readdir', [nope]],
  ['readlink', [nope]], ['unlink', [nope]], ['rmdir', [nope]], ['mkdir', [nope2]],
  ['rename', [nope, d + '/x']], ['link', [nope, d + '/x']], ['chmod', [nope, 420]],
  ['chown', [nope, 0, 0]], ['utimes', [nope, 1, 2]], ['truncate', [nope2, 1]],
  ['readFile', [nope]], ['writeFile', [nope2, 'x']], ['appendFile', [nope2, 'x']],
  ['realpath', [nope]], ['symlink', ['target', nope2]]
];

calls.forEach(function (c) {
  t.sync(c[0] + 'Sync', function () { return fs[c[0] + 'Sync'].apply(fs, c[1]); });
});

t.series(calls.map(function (c) {
  return function (next) {
    fs[c[0]].apply(fs, c[1].concat(function (e) {
      console.log(c[0], arguments.length, t.err(e));
      next();
    }));
  };
}), function () {
  fs.exists(nope, function (x) { console.log('exists', x, fs.existsSync(nope)); });
});
