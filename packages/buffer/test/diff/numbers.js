// Every read*/write* method at and beyond the bounds, with odd offsets and values, checked and
// with noAssert (except noAssert float reads beyond the end, where 0.10 read stray memory).
var READS = ['readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt8', 'readInt16LE', 'readInt16BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE'];
var WRITES = ['writeUInt8', 'writeUInt16LE', 'writeUInt16BE', 'writeUInt32LE', 'writeUInt32BE', 'writeInt8', 'writeInt16LE', 'writeInt16BE', 'writeInt32LE', 'writeInt32BE', 'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE'];
var SIZE = { readUInt8: 1, readInt8: 1, readUInt16LE: 2, readUInt16BE: 2, readInt16LE: 2, readInt16BE: 2, readUInt32LE: 4, readUInt32BE: 4, readInt32LE: 4, readInt32BE: 4, readFloatLE: 4, readFloatBE: 4, readDoubleLE: 8, readDoubleBE: 8 };
var OFFS = [0, 1, 3, 4, 5, 6, 7, 8, 9, 100, -1, -8, 1.5, '2', '0', '0x1', 'abc', null, undefined, NaN, true, false, {}, [3], Infinity, -Infinity];
var VALS = [0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32768, -32769, 2147483647, 2147483648, 4294967295, 4294967296, -2147483648, -2147483649,
  1.5, -1.5, 0.1, 1e-40, 3.4e38, 3.5e38, 1e300, -1e300, '7', '-1', 'x', null, undefined, NaN, true, Infinity, -Infinity, {}, [2]];
function name(v) { return v === undefined ? 'undef' : typeof v === 'string' ? q(v) : Array.isArray(v) ? '[' + v + ']' : typeof v === 'object' && v !== null ? 'obj' : String(v); }
var data = new Buffer([0x01, 0x82, 0x03, 0xf4, 0x85, 0x06, 0x87, 0xf8]);
READS.forEach(function (f) {
  [false, true].forEach(function (na) {
    var row = f + ' ' + na;
    OFFS.forEach(function (o) {
      var isFloat = SIZE[f] >= 4 && f.indexOf('Float') + f.indexOf('Double') > -2;
      // A string or array offset that passed the JavaScript checks reached 0.10's C++ as
      // pool-offset text: the float read then saw stray memory (or failed), not comparable.
      if (isFloat && (typeof o === 'string' || Array.isArray(o)) && !(+o + SIZE[f] > data.length) && !isNaN(+o)) return;
      if (na && isFloat) {
        var n = Number(o);
        if (typeof o === 'object' && o !== null && !Array.isArray(o)) return;
        if (typeof o === 'string' && !/^[0-9]+$/.test(o)) return; // '0x1', 'abc' crashed 0.10
        if (o === undefined || (typeof o === 'number' && !isFinite(o))) return;
        var k = Math.floor(+o || 0);
        if (k < 0 || k + SIZE[f] > data.length) return;
      }
      row += ' ' + name(o) + '=' + tryit(function () { return data[f](o, na); });
    });
    out(row);
  });
});
WRITES.forEach(function (f) {
  [false, true].forEach(function (na) {
    var row = f + ' ' + na + ' offsets';
    var isFloat = f.indexOf('Float') > 0 || f.indexOf('Double') > 0;
    OFFS.forEach(function (o) {
      if (na && isFloat) {
        // 0.10 wrote outside the buffer for these (or crashed); what it did there is not observable here.
        if (typeof o !== 'number' && typeof o !== 'boolean' && o !== null) return;
        if (typeof o === 'number' && (!isFinite(o) || o < 0 || o + 8 > 12)) return;
      }
      row += ' ' + name(o) + '=' + tryit(function () { var b = new Buffer(12); b.fill(0xaa); var r = b[f](1, o, na); return [r, b]; });
    });
    out(row);
    row = f + ' ' + na + ' values';
    VALS.forEach(function (v) {
      row += ' ' + name(v) + '=' + tryit(function () { var b = new Buffer(10); b.fill(0xaa); var r = b[f](v, 1, na); return [r, b]; });
    });
    out(row);
    if (na && isFloat) return; // out-of-range noAssert float writes corrupted 0.10's pool
    row = f + ' ' + na + ' both';
    [[300, 10], [300, -1], ['x', 10], [1, undefined], [undefined, undefined], [-1, 'x']].forEach(function (p) {
      row += ' ' + tryit(function () { var b = new Buffer(4); b.fill(0); var r = b[f](p[0], p[1], na); return [r, b]; });
    });
    out(row);
  });
});
// Round trips over random values.
seed(3);
for (var k = 0; k < 300; k++) {
  var b = new Buffer(16);
  for (var i = 0; i < 16; i++) b[i] = rnd(256);
  var line = hexOf(b);
  READS.forEach(function (f) { line += ' ' + b[f](rnd(16 - SIZE[f] + 1)); });
  out(line);
}
