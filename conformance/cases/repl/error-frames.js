// An error thrown by a REPL command: the stack's REPL frames as 0.10 named and placed them
// (REPLServer.self.eval at repl.js:110/112 and 122, the line handler at 239 and 249).
var repl = require('repl');
var stream = require('stream');
function session(useGlobal, commands) {
  var input = new stream.PassThrough(), output = new stream.PassThrough(), text = '';
  output.on('data', function (d) { text += d; });
  repl.start({ input: input, output: output, terminal: false, useGlobal: useGlobal, prompt: '> ' });
  input.end(commands);
  return function () {
    // (The first frames: below them n10's vm plumbing still takes places of Error.stackTraceLimit.)
    return text.split('\n').filter(function (l) { return /repl(\.js)?:/.test(l); }).slice(0, 4).join('\n');
  };
}
var a = session(true, 'throw new Error("x")\n');
var b = session(false, 'throw new TypeError("y")\n');
setTimeout(function () { console.log(a()); console.log(b()); }, 100);
