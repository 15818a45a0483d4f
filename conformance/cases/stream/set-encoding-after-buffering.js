// setEncoding() after chunks were buffered: reading everything joins them as strings (a Buffer
// becomes its utf8 text, even alone); a read(n) inside the first chunk still slices the Buffer.
var stream = require('stream');
var p = new stream.PassThrough(); p.end(new Buffer([0x9d,0x41,0x42])); p.setEncoding('hex'); console.log(JSON.stringify(p.read()));
var q = new stream.PassThrough(); q.write(new Buffer([0x41])); q.write(new Buffer([0x42])); q.setEncoding('hex'); console.log(JSON.stringify(q.read()), JSON.stringify(q.read()));
var r = new stream.PassThrough(); r.write(new Buffer([0x41, 0x42, 0x43])); r.setEncoding('base64'); console.log(JSON.stringify(r.read(2)), JSON.stringify(r.read()));
var s = new stream.Readable(); s._read = function () {}; s.push(new Buffer('hi')); s.setEncoding('hex'); s.push(new Buffer('yo')); console.log(JSON.stringify(s.read()));
