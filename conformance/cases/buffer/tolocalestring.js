// buf.toLocaleString() is Object.prototype's (this.toString(): utf8 text), on a Buffer, a
// slice and a SlowBuffer; Buffer.prototype has no own toLocaleString.
var SlowBuffer = require('buffer').SlowBuffer;
var b = new Buffer('h\u00e9llo');
var s = new SlowBuffer(3);
s.write('abc');
console.log(JSON.stringify([b.toLocaleString(), b.slice(1, 3).toLocaleString(), s.toLocaleString(),
  b.toLocaleString === Object.prototype.toLocaleString, Buffer.prototype.hasOwnProperty('toLocaleString'),
  [b, s].toLocaleString()]));
