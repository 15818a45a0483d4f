// How buffers print: buf.inspect(), console.log and util.inspect (which call it), and
// require('buffer').INSPECT_MAX_BYTES, which 0.10 compared loosely and overshot by one.
var util = require('util');
var mod = require('buffer');
console.log(new Buffer([0, 1, 15, 16, 127, 128, 255]));
console.log(new Buffer(0));
console.log(util.inspect({ a: new Buffer('hi'), b: [new Buffer(0)] }));
var big = new Buffer(60);
big.fill(1);
console.log(big);
[0, 1, 2, 3, '2', -1, 1.5, null, 'x'].forEach(function (m) {
  mod.INSPECT_MAX_BYTES = m;
  var row = [];
  [0, 1, 2, 3, 4, 5].forEach(function (n) { var b = new Buffer(n); b.fill(0xab); row.push(b.inspect()); });
  console.log(String(m) + ': ' + row.join(' '));
});
mod.INSPECT_MAX_BYTES = 50;
var slow = new mod.SlowBuffer(3);
slow.fill(7, 0, 3);
console.log(slow, slow.slice(1));
console.log(String(new Buffer('h\u00e9')) === 'h\u00e9', new Buffer('ab') + 'c');
