// util.log: "<day> <Mon> <HH:MM:SS> - <message>" on stdout; the message's toString is used.
var util = require('util');

var captured = [];
var realWrite = process.stdout.write;
process.stdout.write = function (chunk) { captured.push(String(chunk)); return true; };
util.log('Timestamped message.');
util.log({ a: 1 });
util.log('only', 'the first');
util.log(42);
process.stdout.write = realWrite;

var shape = /^([1-9]|[12][0-9]|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-2][0-9]:[0-5][0-9]:[0-5][0-9] - /;
captured.forEach(function (line) {
  console.log(shape.test(line), JSON.stringify(line.replace(shape, '<ts> - ')));
});
try { util.log(); } catch (e) { console.log('no message:', e.name); }
