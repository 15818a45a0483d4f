// normalize / join / dirname / basename / extname / relative over a table of odd paths.
var path = require('path');
var paths = ['', '.', '..', '...', '/', '//', '///a//b//', 'a', 'a/', 'a/b', '/a/b/', './a', '../a', 'a/..',
  'a/../', 'a/./b/.', '/..', '/../a', '../../a/../b', '.bashrc', '.a.b', '..a', 'a..', 'a.', 'a.b.c',
  'a.b/', 'a.b/c', 'dir/.hidden', 'x/y.tar.gz', ' ', 'a b/c d.e', 'a\\b\\c.d', 'C:\\x\\y', 'é/ü.ñ'];
paths.forEach(function (p) {
  console.log(JSON.stringify([p, path.normalize(p), path.dirname(p), path.basename(p), path.basename(p, '.c'),
    path.extname(p)]));
});
paths.forEach(function (p, i) {
  var q = paths[(i * 7 + 3) % paths.length];
  console.log(JSON.stringify([p, q, path.join(p, q), path.join(q, p, q), path.relative('/' + p, '/' + q)]));
});
console.log(JSON.stringify([path.join(), path.join(''), path.join('', ''), path.join('a', '', '/b/')]));
console.log(JSON.stringify([path.basename('a.txt', 'a.txt'), path.basename('a.txt', 5), path.dirname(5),
  path.basename(undefined), path.extname(null)]));
