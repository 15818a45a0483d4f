// What printing the stream module, its prototypes and fresh instances shows (state objects,
// named and anonymous methods as in 0.10).
var util = require('util');
var stream = require('stream');
console.log(util.inspect(stream, { depth: 0 }));
console.log(util.inspect(new stream.Readable(), { depth: 3 }));
console.log(util.inspect(new stream.Writable(), { depth: 3 }));
console.log(util.inspect(new stream.Transform(), { depth: 1 }));
console.log(util.inspect(new stream.Duplex()));
console.log(util.inspect(new stream.PassThrough()));
console.log(util.inspect(new stream()));
console.log(util.inspect(stream.prototype), util.inspect(stream.Readable.prototype));
console.log(util.inspect(stream.Writable.prototype), util.inspect(stream.Duplex.prototype));
console.log(util.inspect(stream.Transform.prototype), util.inspect(stream.PassThrough.prototype));
console.log(Object.keys(stream.Duplex.prototype), Object.keys(stream.PassThrough.prototype));
