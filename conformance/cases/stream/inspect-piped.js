// util.inspect of streams that pipe: the listeners' names as node 0.10 had them.
var stream = require('stream'), util = require('util');
var p = new stream.PassThrough(); var p2 = new stream.PassThrough(); p.pipe(p2); p.setEncoding('utf8');
console.log(util.inspect(p._events), util.inspect(p2._events));
var r = new stream.Readable(); r._read = function(){};
var w = new stream.Writable(); w._write = function(c,e,cb){ cb(); };
r.pipe(w);
console.log(util.inspect(w._events), util.inspect(r._events));
console.log(util.inspect(r, {depth: 0}));
