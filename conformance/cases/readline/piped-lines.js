// readline over piped stdin (terminal false): CRLF, empty and CR-only lines, pause/resume, last line without newline, close.
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
var n = 0;
rl.on('line', function (line) { n++; console.log('line %d: %j', n, line); if (line === 'pause') { rl.pause(); setTimeout(function () { rl.resume(); }, 20); } });
rl.on('pause', function () { console.log('pause event'); });
rl.on('resume', function () { console.log('resume event'); });
rl.on('close', function () { console.log('close after', n); });
process.stdin.on('end', function () { console.log('stdin end'); });
