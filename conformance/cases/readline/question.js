// The manual's rl.question example over process.stdin (a file here).
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('What do you think of node.js? ', function (answer) {
  console.log('Thank you for your valuable feedback:', answer);
  rl.close();
});
rl.on('close', function () { console.log('closed'); });
