// require('buffer') and the Buffer and SlowBuffer classes: names, statics, prototypes.
var mod = require('buffer');
console.log(Object.keys(mod).join(','), mod.Buffer === Buffer, mod.INSPECT_MAX_BYTES);
console.log(Buffer.name, Buffer.length, typeof Buffer.isEncoding, typeof Buffer.isBuffer, typeof Buffer.byteLength, typeof Buffer.concat, Buffer.poolSize);
var names = Object.getOwnPropertyNames(Buffer.prototype).filter(function (n) { return n !== 'parent' && n !== 'offset'; });
console.log(names.join(','));
console.log(Object.getOwnPropertyNames(mod.SlowBuffer.prototype).join(','));
console.log(mod.SlowBuffer.name, mod.SlowBuffer.length, typeof mod.SlowBuffer.byteLength, typeof mod.SlowBuffer.makeFastBuffer);
console.log(Object.getPrototypeOf(mod.SlowBuffer.prototype) === Buffer.prototype, new mod.SlowBuffer(1) instanceof Buffer, Buffer.isBuffer(new mod.SlowBuffer(1)));
console.log(Buffer.prototype.propertyIsEnumerable('write'), Buffer.propertyIsEnumerable('concat'));
var b = new Buffer(10);
console.log(b.parent instanceof mod.SlowBuffer, b.slice(2).offset - b.offset, b.slice(2).parent === b.parent, new Buffer(10000).offset, new Buffer(10000).parent.length);
var slow = new mod.SlowBuffer(4);
console.log(slow.parent, slow.offset, slow.slice(1, 3).parent === slow, slow.slice(1, 3).offset, slow.slice(1).constructor === Buffer);
['utf8', 'utf-8', 'UTF8', 'UCS2', 'ucs-2', 'utf16le', 'UTF-16LE', 'ascii', 'binary', 'base64', 'hex', 'raw', 'raws', 'buffer', '', undefined, null, 0, 'latin1'].forEach(function (e) {
  process.stdout.write(Buffer.isEncoding(e) + ' ');
});
console.log();
[new Buffer(1), 'a', null, undefined, {}, [], Object.create(Buffer.prototype)].forEach(function (v) { process.stdout.write(Buffer.isBuffer(v) + ' '); });
console.log();
