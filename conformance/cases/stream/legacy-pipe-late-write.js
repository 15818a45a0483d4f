// Stream.prototype.pipe (the legacy one) looks dest.write up at every chunk: a write()
// replaced after piping is the one called.
var Stream = require('stream');
var s = new Stream(); s.readable = true;
var d = new Stream(); d.writable = true;
s.pipe(d);
d.write = function (c) { console.log('late write', c); return true; };
s.emit('data', 'x');
d.write = function (c) { console.log('replaced again', c); return true; };
s.emit('data', 'y');
