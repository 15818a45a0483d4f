// runtime-only: the frames of readline.js are placed by the runtime
// A terminal interface's 'line' comes from its keys: onData decodes the chunk, emitKey emits
// 'keypress' (a pasted chunk key by key, through a forEach over its characters), onkeypress
// calls _ttyWrite, whose return, enter or pasted line calls _line. A listener's stack, as 0.10.
Error.stackTraceLimit = 30;
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var output = new PassThrough();
output.columns = 80;
var rl = readline.createInterface({ input: input, output: output, terminal: true });
function show(e) {
  console.log(e.stack.split('\n').filter(function (l) {
    return !/terminal-key-frames/.test(l);
  }).slice(0, 12).join('\n'));
}
rl.on('line', function (l) {
  try { throw new Error('line ' + l); } catch (e) { show(e); }
});
input.write('ab\r');
input.write('x');
input.write('\r');
input.write('p1\np2\n');
input.on('keypress', function (c, k) {
  try { throw new Error('keypress ' + c); } catch (e) { show(e); }
});
input.write('q');
rl.close();
