// The library frames above the program's in errors thrown through url.parse and url.resolve:
// 0.10's (Url.parse under urlParse), none of n10's helpers (names and files only, not places).
var path = require('path');
var url = require('url');
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
console.log(frames(function () { url.parse(1); }));
console.log(frames(function () { url.resolve(null, 'x'); }));
console.log(frames(function () { new url.Url().parse(undefined); }));
