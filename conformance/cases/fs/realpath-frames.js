// runtime-only: the fs.js frames under fs.realpath's callback are placed by the runtime
// fs.realpath(path, [cache], callback): the frame that called back, as 0.10's fs.js had it.
var fs = require('fs');
var dir = __dirname + '/realpath-frames.tmp';
function rm(p) {
  try {
    var s = fs.lstatSync(p);
    if (s.isDirectory()) { fs.readdirSync(p).forEach(function (f) { rm(p + '/' + f); }); fs.rmdirSync(p); } else fs.unlinkSync(p);
  } catch (e) {}
}
rm(dir);
fs.mkdirSync(dir);
fs.symlinkSync('..', dir + '/up');
fs.symlinkSync('nowhere', dir + '/dangling');
function frames(tag, e, r) {
  console.log(tag, e && e.code, typeof r);
  console.log(new Error().stack.split('\n').slice(3).join('\n'));
}
var cache = {};
var steps = [
  function (n) { fs.realpath(dir + '/up/realpath-frames.tmp/up', function (e, r) { frames('links', e, r); n(); }); },
  function (n) { fs.realpath(dir + '/nope', function (e, r) { frames('missing', e, r); n(); }); },
  function (n) { fs.realpath(dir + '/dangling', function (e, r) { frames('dangling', e, r); n(); }); },
  function (n) { fs.realpath(dir + '/up', cache, function (e, r) { frames('cache', e, r); n(); }); },
  function (n) { fs.realpath(dir + '/up', cache, function (e, r) { frames('cache hit', e, r); n(); }); }
];
var i = 0;
(function next() {
  if (i < steps.length) return steps[i++](next);
  rm(dir);
})();
