// util.puts / util.print write to stdout synchronously; util.debug / util.error go to stderr
// (not compared here, but they must not touch stdout).
var util = require('util');

util.puts('a', 1, { x: 1 }, null, undefined);
util.puts();
util.print('p', 2, {}, null, '|', undefined, '\n');
util.print();
util.debug('to stderr');
util.error('e1', { a: 1 }, 3);
util.puts('after stderr');
console.log(util.print.length, util.puts.length, util.debug.length, util.error.length, util.log.length);
