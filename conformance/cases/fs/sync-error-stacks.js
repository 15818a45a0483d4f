// A Sync call's error (a failed uv call, or a bad argument the 0.10 binding refused) has the
// fs.js function on top of its stack and Error.stackTraceLimit frames in all: n10's own layers
// below fs.js neither show nor take the place of the program's frames.
var fs = require('fs');

function deep(n, f) { if (n === 0) return f(); return deep(n - 1, f); }

function frames(f) {
  try {
    deep(12, f);
  } catch (e) {
    var lines = e.stack.split('\n').slice(1);
    return lines.length + ' ' + lines.slice(0, 3).map(function (l) {
      return l.replace(/^\s+at /, '').replace(/ \(.*\)$/, '');
    }).join(' < ');
  }
  return 'no throw';
}

console.log(frames(function statSync() { fs.statSync(__dirname + '/nope'); }));
console.log(frames(function readFileSync() { fs.readFileSync(__dirname + '/nope'); }));
console.log(frames(function readdirSync() { fs.readdirSync(__dirname + '/nope'); }));
console.log(frames(function mkdirSync() { fs.mkdirSync(__dirname); }));
console.log(frames(function chownSync() { fs.chownSync(__dirname, 0); }));
console.log(frames(function writeSync() { fs.writeSync(1, new Buffer(1), 5, 1); }));
console.log(frames(function readSync() { fs.readSync('x'); }));
console.log(frames(function openSync() { fs.openSync(__dirname + '/x\u0000', 'r'); }));
console.log(frames(function watch() { fs.watch(__dirname + '/nope'); }));

fs.stat(__dirname + '/x\u0000', function (e) {
  var lines = e.stack.split('\n').slice(1);
  console.log('async nul', lines.slice(0, 2).map(function (l) {
    return l.replace(/^\s+at /, '').replace(/ \(.*\)$/, '');
  }).join(' < '));
});
