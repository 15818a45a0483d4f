// The manual's tiny CLI over process.stdin and process.stdout when they are not a terminal
// (stdin is a file here): the prompt is written, the input is not echoed, every line is read.
var readline = require('readline');
var rl = readline.createInterface(process.stdin, process.stdout);
console.log('terminal:', rl.terminal);
rl.setPrompt('OHAI> ');
rl.prompt();
rl.on('line', function (line) {
  switch (line.trim()) {
    case 'hello':
      console.log('world!');
      break;
    default:
      console.log('Say what? I might have heard `' + line.trim() + '`');
      break;
  }
  rl.prompt();
}).on('close', function () {
  console.log('Have a great day!');
  process.exit(0);
});
