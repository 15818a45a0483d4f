// readline over real streams (PassThrough): lines, question, prompt and close, in the order
// they arrive relative to the program's own ticks and timers.
var readline = require('readline');
var stream = require('stream');
var input = new stream.PassThrough();
var output = new stream.PassThrough();
var written = [];
output.on('data', function (d) { written.push(d.toString()); });
var rl = readline.createInterface({ input: input, output: output });
console.log('terminal', rl.terminal);
['line', 'pause', 'resume', 'close'].forEach(function (ev) {
  rl.on(ev, function (x) { console.log('event', ev, x === undefined ? '' : JSON.stringify(x)); });
});
rl.setPrompt('>> ');
rl.prompt();
input.write('first\nsecond\r\nthi');
process.nextTick(function () { console.log('tick'); });
setTimeout(function () {
  input.write('rd\r');
  rl.question('name? ', function (a) {
    console.log('answer', JSON.stringify(a));
    input.write('\nlast line\nno newline');
    input.end();
  });
  input.write('\nbob\n');
}, 10);
rl.on('close', function () {
  setTimeout(function () { console.log('written', JSON.stringify(written)); }, 10);
});
