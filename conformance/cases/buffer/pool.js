// Which buffers come out of the pool (buf.parent / buf.offset): every buffer up to
// Buffer.poolSize bytes, a fresh pool when the current one has too little room.
var SlowBuffer = require('buffer').SlowBuffer;
function show(label, b) { console.log(label, b.length, b.parent instanceof SlowBuffer, b.parent ? b.parent.length : b.parent, typeof b.offset); }
show('small', new Buffer(10));
show('4097', new Buffer(4097));
show('5000', new Buffer(5000));
show('8192', new Buffer(8192));
show('8193', new Buffer(8193));
show('string 6000', new Buffer(new Array(6001).join('x')));
show('array 5000', new Buffer(new Array(5001)));
var a = new Buffer(100), b = new Buffer(100);
console.log('same pool', a.parent === b.parent, b.offset - a.offset);
var c = new Buffer(7000), d = new Buffer(7000);
console.log('fresh pools', c.parent !== d.parent, c.offset, d.offset);
console.log('slice', a.slice(3).offset - a.offset, a.slice(3).parent === a.parent);
console.log('prototype', Buffer.prototype.parent, Buffer.prototype.offset);
console.log('concat', Buffer.concat([new Buffer(3000), new Buffer(3000)]).parent.length);
