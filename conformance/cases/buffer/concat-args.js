// Buffer.concat(list, totalLength) with short, long, zero, negative, fractional and non-number
// lengths, and lists holding things other than Buffers.
var s = require('./fixtures/show');
var a = new Buffer('ab'), c = new Buffer('cde'), z = new Buffer(0);
[[[]], [[a]], [[a], 5], [[a], 0], [[a, c]], [[a, c], 3], [[a, c], 5], [[a, c], 0], [[a, c], -1], [[a, c], 1.5], [[a, c], '3'], [[a, c], NaN],
 [[a, c], null], [[a, c, a], 3], [[a, c, a], 5], [[z, a]], [[z, z]], [[a, z, c], 4], [a], [undefined], [{ length: 2, 0: a, 1: c }], [[a, 'xy']],
 [[a, 'xy'], 0], [[a, [1, 2]]], [[a, null]], [[a, null], 4], [['xy']], [[a, {}]], [[a, 5]], [[a, undefined]], [[null, a]], [[a, c], Infinity]].forEach(function (args, i) {
  console.log(i + ': ' + s.attempt(function () { var r = Buffer.concat(args[0], args[1]); return [r, r === args[0][0]]; }));
});
// (A total longer than the parts is not printed whole: 0.10 left the tail uninitialised.)
console.log('long total', s.attempt(function () { var r = Buffer.concat([a, c], 10); return [r.length, r.slice(0, 5)]; }));
