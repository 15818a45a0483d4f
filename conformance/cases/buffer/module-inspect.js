// What printing the buffer module and its constructors shows: named and anonymous functions
// as in 0.10, SlowBuffer's prototype, and _charsWritten on both constructors after a write.
// (Everything is inspected before the first console.log: writing to stdout may itself go
// through a Buffer and change _charsWritten, depending on what stdout is.)
var buffer = require('buffer');
var util = require('util');
var b = new Buffer(8);
b.write('abcdef');
var out = [];
out.push(Buffer._charsWritten + ' ' + buffer.SlowBuffer._charsWritten);
out.push(util.inspect(buffer));
out.push(util.inspect(Buffer));
out.push(util.inspect(buffer.SlowBuffer.prototype));
out.push(Object.keys(buffer.SlowBuffer.prototype).join());
out.push(util.inspect({ w: Buffer.prototype.write, r: Buffer.prototype.readUInt8, f: Buffer.prototype.fill, c: Buffer.concat, i: Buffer.isBuffer }));
console.log(out.join('\n'));
