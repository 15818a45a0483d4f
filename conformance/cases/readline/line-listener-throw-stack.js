// A 'line' listener that throws: 0.10's _normalWrite handed each line to _onLine from a
// forEach callback, so the stack reads _onLine, Interface.<anonymous>, Array.forEach, _normalWrite.
var readline = require('readline');
var EventEmitter = require('events').EventEmitter;

var input = new EventEmitter();
input.resume = function () {};
input.pause = function () {};
var rl = readline.createInterface({ input: input, output: null, terminal: false });
var seen = [];
rl.on('line', function (line) {
  seen.push(line);
  if (line === 'boom') throw new Error('bad line');
});
try {
  input.emit('data', 'one\nboom\nlost\nrest');
} catch (e) {
  console.log(e.message, seen);
  console.log(e.stack.split('\n').slice(1, 7).map(function (l) {
    return l.replace(/\s*\(.*\)$/, '').replace(/\(?\/.*$/, '').trim();
  }));
}
input.emit('data', '\nnext\n');
console.log(seen);
