// The library frames above the program's in errors thrown through path.relative and path.join:
// 0.10's functions (exports.resolve under exports.relative), none of n10's helpers (names and
// files only, not places).
var path = require('path');
var self = path.basename(__filename);
function frames(f) {
  try { f(); } catch (e) {
    var out = [];
    var lines = e.stack.split('\n');
    for (var i = 1; i < lines.length && lines[i].indexOf(self) < 0; i++) {
      out.push(lines[i].replace(/^\s+at /, '').replace(/ \(([\w.]+\.js):\d+:\d+\)$/, ' ($1)'));
    }
    return e.name + ': ' + e.message + ' | ' + out.join(' | ');
  }
  return 'no throw';
}
console.log(frames(function () { path.relative({}, 'a'); }));
console.log(frames(function () { path.relative('a', null); }));
console.log(frames(function () { path.join('a', 1); }));
