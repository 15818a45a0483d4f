// console.log of a RegExp match: node 0.10's results had index and input, no groups.
console.log('abc'.match(/b/));
console.log(/(\d+)-(\d+)?/.exec('10-'));
console.log('a1b2'.match(/\d/g), 'abc'.match(/x/));
var m = /(\w+)@(\w+)\.com/.exec('mail: joe@example.com');
console.log(m);
console.log({ match: m });
console.log(require('util').inspect(m, { depth: 0 }));
