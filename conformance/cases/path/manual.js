// The manual's path examples.
var path = require('path');
console.log(path.normalize('/foo/bar//baz/asdf/quux/..'));
console.log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
try {
  path.join('foo', {}, 'bar');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(path.resolve('/foo/bar', './baz'));
console.log(path.resolve('/foo/bar', '/tmp/file/'));
console.log(path.relative(process.cwd(), path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif')));
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
console.log(path.dirname('/foo/bar/baz/asdf/quux'));
console.log(path.basename('/foo/bar/baz/asdf/quux.html'));
console.log(path.basename('/foo/bar/baz/asdf/quux.html', '.html'));
console.log(path.extname('index.html'), path.extname('index.'), JSON.stringify(path.extname('index')));
console.log(JSON.stringify('foo/bar/baz'.split(path.sep)), path.sep, path.delimiter);
console.log(JSON.stringify('/usr/bin:/bin:/usr/sbin'.split(path.delimiter)));
