// An uncaught RangeError/TypeError of a Buffer method: stderr starts with the site in 0.10's
// buffer.js that threw it (checkOffset, checkInt, write, toString, fill, concat, copy, get).
// The child is process.execPath.
var srcs = [
  'new Buffer(2).readUInt8(5)',
  'new Buffer(2).readInt32BE(-1)',
  'new Buffer(2).writeFloatLE(1, 5)',
  'new Buffer(2).writeUInt8(300, 0)',
  'new Buffer(2).writeUInt8(1, -1)',
  'new Buffer(2).writeUInt16LE(1, 1)',
  'process.nextTick(function () { new Buffer(1).readUInt16LE(0); })',
  'new Buffer("abc", "bogus")',
  'new Buffer(4).toString("bogus")',
  'new Buffer(4).fill("x", 0, 10)',
  'new Buffer(4).fill("x", 2, 1)',
  'Buffer.concat(5)',
  'new Buffer(4).copy(new Buffer(2), 5)',
  'new Buffer(4).slice(0, 1).write("a", 5)',
  'new Buffer(2).get(5)',
  'new Buffer({}, 1, 0)'
];
require('../../lib/uncaught-heads')(srcs);
