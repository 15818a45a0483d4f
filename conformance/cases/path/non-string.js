// path functions given non-strings: 0.10's own TypeErrors (join/resolve) and the V8 3.14
// messages normalize's string calls produced.
var path = require('path');
[1, null, undefined, {}, [], true, new String('/a//b/../c')].forEach(function (v) {
  ['normalize', 'join', 'resolve', 'relative', 'basename', 'extname', 'dirname'].forEach(function (fn) {
    var r;
    try { r = JSON.stringify(path[fn](v)); } catch (e) { r = 'THROW ' + e.name + ': ' + e.message; }
    console.log(fn, Object.prototype.toString.call(v), r);
  });
});
