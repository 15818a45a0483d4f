// runtime-only: the frames of readline.js are placed by the runtime
// Where readline's own events come from: a question's answer (_onLine calling the callback),
// 'pause' and 'resume' (rl.pause/resume, and close pausing), 'close' at the input's end
// (onend), for a plain and a terminal interface. Each listener prints its stack's library
// frames (the program's own are left out).
Error.stackTraceLimit = 30;
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
function frames(n) {
  return new Error('x').stack.split('\n').slice(2).filter(function (l) {
    return !/event-frames/.test(l);
  }).slice(0, n).join('\n');
}
function make(terminal) {
  var input = new PassThrough();
  var output = new PassThrough();
  output.columns = 80;
  var rl = readline.createInterface({ input: input, output: output, terminal: terminal });
  rl.on('close', function () { console.log('close ' + terminal + '\n' + frames(3)); });
  rl.on('pause', function () { console.log('pause ' + terminal + '\n' + frames(4)); });
  rl.on('resume', function () { console.log('resume ' + terminal + '\n' + frames(2)); });
  rl.question('q? ', function (a) { console.log('answer ' + a + '\n' + frames(5)); });
  input.write('yes\n');
  rl.pause();
  rl.resume();
  input.end();
}
make(false);
setTimeout(function () { make(true); }, 50);
