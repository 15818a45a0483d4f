// Object.prototype.toString of Buffers (libraries' type checks read it).
var classOf = function (v) { return Object.prototype.toString.call(v); };
var SlowBuffer = require('buffer').SlowBuffer;
console.log(classOf(new Buffer('ab')), classOf(new Buffer(9000)), classOf(new Buffer(4).slice(1)));
console.log(classOf(new SlowBuffer(2)), classOf(new Buffer(1).parent), classOf(Buffer.prototype));
console.log(Array.isArray(new Buffer(1)), typeof new Buffer(1));
