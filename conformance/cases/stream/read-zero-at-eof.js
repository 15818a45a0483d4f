// read(0) once the source has ended returns null and leaves the buffer alone (also with a
// decoder); read() then takes the data, and 'end' follows.
var stream = require('stream');
var r = new stream.Readable();
r._read = function () {};
r.setEncoding('utf8');
r.push(new Buffer('abc'));
r.push(new Buffer([0xe2, 0x82]));
r.push(null);
console.log('read(0) ->', r.read(0), 'length', r._readableState.length);
console.log('read(0) ->', r.read(0), 'length', r._readableState.length);
r.on('end', function () { console.log('end'); });
console.log('read() ->', JSON.stringify(r.read()), 'length', r._readableState.length);
console.log('read(0) ->', r.read(0));
var o = new stream.Readable({ objectMode: true });
o._read = function () {};
o.push('x');
o.push(null);
console.log('objectMode read(0) ->', o.read(0), 'read() ->', o.read(), 'read() ->', o.read());
o.on('end', function () { console.log('o end'); });
