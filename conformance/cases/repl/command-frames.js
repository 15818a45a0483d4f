// runtime-only: the frames of repl.js and readline.js are placed by the runtime
// A REPL keyword runs from the line listener through parseREPLKeyword and the command's
// action (0.10 named it repl.defineCommand.action); .load types the file's lines in from a
// forEach callback, .exit closes the interface. A program's listeners see those frames.
Error.stackTraceLimit = 30;
var repl = require('repl');
var fs = require('fs');
var PassThrough = require('stream').PassThrough;
var file = require('os').tmpdir() + '/n10-repl-load-' + process.pid + '.js';
fs.writeFileSync(file, 'var loaded = 7;\n\nloaded * 2\n');
var input = new PassThrough();
var output = new PassThrough();
var out = '';
output.setEncoding('utf8');
output.on('data', function (d) { out += d; });
var r = repl.start({ input: input, output: output, prompt: '% ', terminal: false });
function frames() {
  return new Error('here').stack.split('\n').slice(3, 12).join('\n');
}
r.rli.on('line', function (line) {
  if (line === 'loaded * 2') console.log('line ' + line + '\n' + frames());
});
r.rli.on('close', function () {
  console.log('close\n' + frames());
  fs.unlinkSync(file);
  console.log(JSON.stringify(out));
});
input.write('.load ' + file + '\n');
input.write('.exit\n');
