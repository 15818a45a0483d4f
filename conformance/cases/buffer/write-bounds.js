// Every buf.write* method at and beyond the end, with awkward values and offsets.
var s = require('./fixtures/show');
var methods = { writeUInt8: 1, writeInt8: 1, writeUInt16LE: 2, writeUInt16BE: 2, writeInt16LE: 2, writeInt16BE: 2,
  writeUInt32LE: 4, writeUInt32BE: 4, writeInt32LE: 4, writeInt32BE: 4, writeFloatLE: 4, writeFloatBE: 4, writeDoubleLE: 8, writeDoubleBE: 8 };
var values = [0, -1, 1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32769, 2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 1.5, -1.5, '7', '-1', 'x', null, undefined, NaN, true, Infinity];
var offsets = [0, 1, 2, 3, 4, 5, -1, 1.5, '2', null, undefined, NaN, true];
function fresh() { var b = new Buffer(10); b.fill(0xaa); return b; }
Object.keys(methods).forEach(function (m) {
  var size = methods[m];
  var isFloat = /Float|Double/.test(m);
  [false, true].forEach(function (noAssert) {
    console.log(m + (noAssert ? ' noAssert' : ' checked') + ' values:');
    values.forEach(function (v) {
      console.log('  ' + s.name(v) + ' -> ' + s.attempt(function () { var b = fresh(); var r = b[m](v, 1, noAssert); return [r, b]; }));
    });
    console.log(m + (noAssert ? ' noAssert' : ' checked') + ' offsets (buffer of ' + (size + 2) + '):');
    offsets.forEach(function (o) {
      // Out-of-range noAssert float writes went into 0.10's pool, outside the buffer.
      if (noAssert && isFloat && !(typeof o === 'number' && o >= 0 && o + size <= size + 2) && o !== null && o !== true) return;
      console.log('  ' + s.name(o) + ' -> ' + s.attempt(function () { var b = new Buffer(size + 2); b.fill(0xaa); var r = b[m](1, o, noAssert); return [r, b]; }));
    });
  });
});
