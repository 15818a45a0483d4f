// What printing the buffer module and its constructors shows: named and anonymous functions
// as in 0.10, SlowBuffer's prototype, and _charsWritten on both constructors after a write.
var buffer = require('buffer');
var util = require('util');
var b = new Buffer(8);
b.write('abcdef');
console.log(Buffer._charsWritten, buffer.SlowBuffer._charsWritten);
console.log(util.inspect(buffer));
console.log(util.inspect(Buffer));
console.log(util.inspect(buffer.SlowBuffer.prototype));
console.log(Object.keys(buffer.SlowBuffer.prototype).join());
console.log(util.inspect({ w: Buffer.prototype.write, r: Buffer.prototype.readUInt8, f: Buffer.prototype.fill, c: Buffer.concat, i: Buffer.isBuffer }));
