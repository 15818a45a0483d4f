// An uncaught error that 0.10's C++ threw under a Buffer method: stderr starts with the line of
// buffer.js that called it (hexWrite for an odd-length hex string, new SlowBuffer for a
// length past kMaxLength), a caret under the call. The child is process.execPath.
var srcs = [
  'new Buffer("abc", "hex")',
  'new Buffer(4).write("abc", "hex")',
  'new Buffer(4).write("a", 1, 2, "hex")',
  'new Buffer(0x40000000)',
  'new Buffer(0x100000000)',
  'new Buffer({length: 0x40000000})',
  'Buffer.concat([new Buffer(1), new Buffer(1)], 0x40000000)'
];
require('../../lib/uncaught-heads')(srcs);
