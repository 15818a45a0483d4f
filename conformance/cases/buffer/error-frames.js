// The frames above the program's in the stack of an error a Buffer method throws: 0.10's
// (checkOffset then the method; the method alone for a bad encoding, copy's C++ checks or an odd
// hex string; none for byteLength, a C++ function), not n10's helpers. Names only, no places.
var path = require('path');
var self = path.basename(__filename);
function frames(f) {
  try { f(); } catch (e) {
    var out = [];
    var lines = e.stack.split('\n');
    for (var i = 1; i < lines.length && lines[i].indexOf(self) < 0; i++) {
      out.push(lines[i].replace(/^\s+at /, '').replace(/ \((\w+\.js):\d+:\d+\)$/, ' ($1)'));
    }
    return e.name + ': ' + e.message + ' | ' + out.join(' | ');
  }
  return 'no throw';
}
var b = new Buffer(8);
console.log(frames(function () { b.readUInt8(9); }));
console.log(frames(function () { b.readInt32BE(-1); }));
console.log(frames(function () { b.readDoubleLE(1.5); }));
console.log(frames(function () { b.writeFloatLE(1, 6); }));
console.log(frames(function () { b.writeDoubleBE('x', 0); }));
console.log(frames(function () { b.writeFloatLE(1, '0'); }));
console.log(frames(function () { b.toString('nope'); }));
console.log(frames(function () { b.slice(0, 2).toString('utf9'); }));
console.log(frames(function () { b.write('a', 0, 'nope'); }));
console.log(frames(function () { b.write('abc', 'hex'); }));
console.log(frames(function () { b.copy(b, 0, 3, 1); }));
console.log(frames(function () { b.copy(b, 9, 0, 1); }));
console.log(frames(function () { b.copy('x', 0, 0, 1); }));
console.log(frames(function () { b.copy(null); }));
console.log(frames(function () { new Buffer(0x40000000); }));
console.log(frames(function () { new Buffer(0x100000000); }));
console.log(frames(function () { Buffer.byteLength(1); }));
