// path.resolve against the working directory (printed relative to it: no absolute paths).
var path = require('path');
function rel(p) {
  return path.relative(process.cwd(), p) || '(cwd)';
}
console.log(rel(path.resolve()));
console.log(rel(path.resolve('')));
console.log(rel(path.resolve('a', 'b/../c', './d/')));
console.log(rel(path.resolve('..')));
console.log(path.resolve('/a', 'b', '/c', 'd'));
console.log(path.resolve('/', '..', '..'));
console.log(path.resolve('foo/bar', '/tmp/file/', '..', 'a/../subfile'));
console.log(path.resolve(process.cwd()) === process.cwd());
console.log(path.resolve('x') === path.join(process.cwd(), 'x'));
[5, null, undefined, {}, ['a']].forEach(function (bad) {
  try {
    path.resolve('a', bad);
    console.log('no throw', bad);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  try {
    path.join('a', bad);
    console.log('no throw', bad);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  try {
    path.relative(bad, 'a');
    console.log('no throw', bad);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
});
