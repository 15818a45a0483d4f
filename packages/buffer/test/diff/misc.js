// inspect and INSPECT_MAX_BYTES, toJSON, isBuffer, isEncoding, the module's and classes' shape.
var mod = require('buffer');
[0, 1, 2, 3, 50, '2', -1, 1.5, null, undefined, '', 'x', 51].forEach(function (m) {
  mod.INSPECT_MAX_BYTES = m;
  var row = 'inspect ' + String(m);
  [0, 1, 2, 3, 4, 51, 52, 60].forEach(function (n) { var b = new Buffer(n); b.fill(0xab); row += ' ' + b.inspect(); });
  out(row);
});
mod.INSPECT_MAX_BYTES = 50;
out(new Buffer([0, 1, 15, 16, 127, 128, 255]).inspect() + ' ' + (function () { var s = new mod.SlowBuffer(2); s[0] = 1; s[1] = 0xfe; return s.inspect(); })() + ' ' + new Buffer(0).inspect());
out(JSON.stringify(new Buffer([1, 2, 255])) + ' ' + JSON.stringify(new Buffer(0)) + ' ' + Array.isArray(new Buffer(1).toJSON()) + ' ' + JSON.stringify({ a: new Buffer('hi') }));
out(String(new Buffer('h\u00e9')) + ' ' + (new Buffer('ab') + 'c'));
[new Buffer(1), new mod.SlowBuffer(1), 'a', null, undefined, {}, [], Object.create(Buffer.prototype), 1].forEach(function (v) { out('isBuffer ' + Buffer.isBuffer(v)); });
['utf8', 'utf-8', 'UTF8', 'UCS2', 'ucs-2', 'utf16le', 'UTF-16LE', 'ascii', 'binary', 'base64', 'hex', 'raw', 'RAW', 'raws', 'buffer', '', undefined, null, 0, false, 1, true, {}, 'latin1', 'utf16'].forEach(function (e) {
  out('isEncoding ' + tryit(function () { return Buffer.isEncoding(e); }));
});
[5, {}, undefined, [1], new Buffer(2), null].forEach(function (v) { out('byteLength ' + tryit(function () { return Buffer.byteLength(v); })); });
out('keys ' + Object.keys(mod).join(','));
out('statics ' + ['isEncoding', 'poolSize', 'isBuffer', 'byteLength', 'concat'].map(function (k) { return k + ':' + typeof Buffer[k]; }).join(','));
out('names ' + Buffer.name + ' ' + Buffer.length + ' ' + mod.SlowBuffer.name + ' ' + mod.SlowBuffer.length + ' ' + Buffer.poolSize);
var protoNames = Object.getOwnPropertyNames(Buffer.prototype).filter(function (n) { return n !== 'parent' && n !== 'offset'; });
out('proto ' + protoNames.join(','));
out('slowproto ' + Object.getOwnPropertyNames(mod.SlowBuffer.prototype).join(','));
out('slow statics ' + typeof mod.SlowBuffer.byteLength + ' ' + typeof mod.SlowBuffer.makeFastBuffer);
out('enumerable ' + Buffer.prototype.propertyIsEnumerable('write') + ' ' + Buffer.propertyIsEnumerable('concat'));
out('proto chain ' + (Object.getPrototypeOf(mod.SlowBuffer.prototype) === Buffer.prototype) + ' ' + (new mod.SlowBuffer(1) instanceof Buffer));
var b = new Buffer(10), big = new Buffer(10000), s = new mod.SlowBuffer(4);
out('parent ' + (b.parent instanceof mod.SlowBuffer) + ' ' + typeof b.offset + ' ' + (b.slice(2).offset - b.offset) + ' ' + (b.slice(2).parent === b.parent) + ' ' + big.offset + ' ' + big.parent.length + ' ' + s.parent + ' ' + s.offset);
['', 'constructor', 'write'].forEach(function () {});
out('slow ' + [-1, 1.5, '3', [1], 3].map(function (n) { return tryit(function () { return new mod.SlowBuffer(n).length; }); }).join(' '));
out('slow call ' + tryit(function () { return mod.SlowBuffer(2).length; }));
var sb = new mod.SlowBuffer(6); sb.fill(0x61, 0, 6);
out('slow methods ' + [sb.toString('hex', 1, 3), sb.hexSlice(0, 2), sb.base64Slice(0, 3), sb.ucs2Slice(0, 4), sb.write('bc', 1), sb.hexWrite('ff', 0), show(sb), show(sb.slice(1, 3)), sb.slice(1, 3).constructor === Buffer, sb.slice(1, 3).parent === sb, sb.slice(1, 3).offset].join(' '));
out('helpers ' + [new Buffer('hello').utf8Slice(1, 3), new Buffer('hello').asciiSlice(1, 3), new Buffer('h\u00e9').binarySlice(), new Buffer('hello').utf8Slice()].join(' '));
out('helpers w ' + tryit(function () { var t = new Buffer(4); t.fill(0); return [t.binaryWrite('xy', 1), t.asciiWrite('z\u0000', 2, 1), t.utf8Write('\u00e9'), t]; }));
out('charsWritten ' + tryit(function () { var t = new Buffer(8); return [t.write('\u00e9\u00e9\u00e9\u00e9\u00e9'), Buffer._charsWritten, t.write('ab', 'ucs2'), Buffer._charsWritten, t.write('abcd', 'hex'), Buffer._charsWritten, t.write('QU JD', 'base64'), Buffer._charsWritten]; }));
