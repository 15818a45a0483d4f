// runtime-only: path.js and fs.js frames under these throws are placed by the runtime
// A non-string argument: normalize's own frame (0.10 threw inside it), relative's call of
// resolve, resolve called without its module, and fs.realpath/realpathSync's call of resolve.
var path = require('path');
var fs = require('fs');
function frames(tag, fn) {
  try { fn(); console.log(tag, 'no error'); } catch (e) {
    console.log(tag + '\n' + e.stack.split('\n').slice(0, 3).join('\n'));
  }
}
frames('normalize', function () { path.normalize(1); });
frames('normalize null', function () { path.normalize(null); });
frames('relative from', function () { path.relative(1, 'a'); });
frames('relative to', function () { path.relative('a', {}); });
frames('resolve unbound', function () { var r = path.resolve; r(1); });
frames('realpathSync', function () { fs.realpathSync(1); });
frames('realpath', function () { fs.realpath(1, function () {}); });
