// SlowBuffer.prototype.readFloatLE/…/writeDoubleBE: 0.10's C++ readers and writers, with checks
// of their own unless noAssert (only in-bounds calls with noAssert here: 0.10 did not check).
var SlowBuffer = require('buffer').SlowBuffer;
var s = require('./fixtures/show');
var OFF = [undefined, null, 0, 1, 4, 5, 8, -1, 1.5, '2', ' 1 ', '0x2', [2], true, NaN, -0, Infinity, 1e20, 4294967296, {}];
function fresh() { var b = new SlowBuffer(8); for (var i = 0; i < 8; i++) b[i] = 0x40 + i; return b; }
['readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE'].forEach(function (n) {
  console.log(n + ': ' + OFF.map(function (o) {
    return s.name(o) + ' ' + s.attempt(function () { return fresh()[n](o); });
  }).join(' | '));
});
var VAL = [1.5, '2', null, undefined, NaN, {}, -0, 1e40, true];
['writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE'].forEach(function (n) {
  VAL.forEach(function (v) {
    console.log(n + ' ' + s.name(v) + ': ' + OFF.map(function (o) {
      return s.attempt(function () { var b = fresh(); var r = b[n](v, o); return [r, b]; });
    }).join(' | '));
  });
});
console.log(s.attempt(function () { var b = fresh(); return [b.readDoubleLE(0, true), b.readFloatBE('4', 1)]; }));
console.log(s.attempt(function () { var b = fresh(); b.writeFloatLE('3', 0, true); b.writeFloatLE(3, '4', true); return b; }));
