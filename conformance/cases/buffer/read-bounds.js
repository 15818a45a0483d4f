// Every buf.read* method at and beyond the end, with awkward offsets, checked and with noAssert.
var s = require('./fixtures/show');
var data = new Buffer([0x01, 0x82, 0x03, 0xf4, 0x85, 0x06, 0x87, 0xf8]);
var methods = { readUInt8: 1, readInt8: 1, readUInt16LE: 2, readUInt16BE: 2, readInt16LE: 2, readInt16BE: 2,
  readUInt32LE: 4, readUInt32BE: 4, readInt32LE: 4, readInt32BE: 4, readFloatLE: 4, readFloatBE: 4, readDoubleLE: 8, readDoubleBE: 8 };
var offsets = [0, 1, 3, 4, 5, 6, 7, 8, 9, -1, 1.5, '2', '0x1', 'abc', null, undefined, NaN, true, {}, Infinity];
Object.keys(methods).forEach(function (m) {
  var size = methods[m];
  var isFloat = /Float|Double/.test(m);
  console.log(m + ' checked:');
  offsets.forEach(function (o) {
    // A numeric string that passes the checks reached 0.10's float code as pool-offset text.
    if (isFloat && typeof o === 'string' && +o + size <= data.length) return;
    console.log('  ' + s.name(o) + ' -> ' + s.attempt(function () { return data[m](o); }));
  });
  console.log(m + ' noAssert:');
  offsets.forEach(function (o) {
    // Out-of-range noAssert float reads saw stray memory in 0.10 (or crashed).
    if (isFloat && !(typeof o === 'number' && o >= 0 && o + size <= data.length) && o !== null && o !== true) return;
    console.log('  ' + s.name(o) + ' -> ' + s.attempt(function () { return data[m](o, true); }));
  });
});
