// require's caches as 0.10 filled them: Module._realpathCache (each directory walked maps to
// itself, each symbolic link to its target, each file to its real path) and Module._pathCache
// (keyed by JSON of the request and the paths looked through; an absolute request with paths
// ['']). Modules required through links are cached under their real paths.
var fs = require('fs');
var path = require('path');
var Module = require('module');
var root = fs.realpathSync(require('os').tmpdir()) + '/n10-resolution-' + process.pid;
function mk(p) { fs.mkdirSync(p); }
mk(root); mk(root + '/real'); mk(root + '/real/sub'); mk(root + '/node_modules'); mk(root + '/node_modules/pkg');
fs.writeFileSync(root + '/real/sub/m.js', 'module.exports = "m";');
fs.writeFileSync(root + '/node_modules/pkg/index.js', 'module.exports = "pkg";');
fs.symlinkSync('real', root + '/alias');
fs.symlinkSync('../real/sub/m.js', root + '/real/mlink.js');
fs.writeFileSync(root + '/main.js', 'module.exports = [require("./alias/sub/m.js"), require("./real/mlink.js"), require("./alias/mlink"), require("pkg")];');
console.log(require(root + '/main.js'));
function mine(o) {
  var out = {};
  Object.keys(o).forEach(function (k) {
    if (k.indexOf(root) >= 0) out[k.split(root).join('R')] = String(o[k]).split(root).join('R');
  });
  return out;
}
console.log(mine(Module._realpathCache));
console.log(Object.keys(mine(Module._pathCache)).map(function (k) { var o = JSON.parse(k); return o.request + ' ' + o.paths.length + ' ' + o.paths[0]; }));
console.log(Object.keys(require.cache).filter(function (k) { return k.indexOf(root) === 0; }).map(function (k) { return k.replace(root, 'R'); }));
[root + '/real/mlink.js', root + '/alias', root + '/real/sub/m.js', root + '/node_modules/pkg/index.js', root + '/main.js'].forEach(function (f) { fs.unlinkSync(f); });
[root + '/real/sub', root + '/real', root + '/node_modules/pkg', root + '/node_modules', root].forEach(function (d) { fs.rmdirSync(d); });
