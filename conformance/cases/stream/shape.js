// The module's shape: require('stream') is the legacy Stream constructor with the streams2
// classes; prototypes, statics, inheritance, and freshly made instances as inspect shows them.
var stream = require('stream');
var util = require('util');
var EE = require('events').EventEmitter;

console.log(Object.keys(stream));
console.log(stream.Stream === stream, stream.super_ === EE, stream.name, stream.length);
['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough'].forEach(function (k) {
  var C = stream[k];
  console.log(k, C.name, C.length, Object.keys(C), Object.keys(C.prototype), C.super_ && C.super_.name);
});
console.log('Stream.prototype', Object.keys(stream.prototype));
console.log(util.inspect(new stream.Readable(), { depth: 3 }));
console.log(util.inspect(new stream.Writable({ highWaterMark: 5, objectMode: true, decodeStrings: false }), { depth: 3 }));
console.log(util.inspect(new stream.Duplex({ allowHalfOpen: false, encoding: 'utf8' }), { depth: 1 }));
console.log(util.inspect(new stream.PassThrough({ objectMode: true }), { depth: 3 }));
console.log(util.inspect(new stream.Stream()));
console.log(util.inspect(new stream.Readable.ReadableState({ highWaterMark: 1.9 })));
console.log(new stream.Readable({ highWaterMark: '77' })._readableState.highWaterMark,
  new stream.Readable({ highWaterMark: -3 })._readableState.highWaterMark,
  new stream.Writable({ highWaterMark: 0 })._writableState.highWaterMark,
  new stream.Writable({ highWaterMark: null })._writableState.highWaterMark);

function Mine(opts) {
  stream.Readable.call(this, opts);
}
util.inherits(Mine, stream.Readable);
var m = new Mine({ objectMode: true });
console.log('subclass', m instanceof stream.Readable, m instanceof stream.Stream, m instanceof EE, m._readableState.objectMode);
console.log('without new', stream.Readable() instanceof stream.Readable, stream.Writable() instanceof stream.Writable,
  stream.Transform() instanceof stream.Transform, stream.PassThrough() instanceof stream.PassThrough);
var notAStream = {};
stream.Writable.call(notAStream);
console.log('Writable.call on a plain object leaves it', Object.keys(notAStream));
var r = new stream.Readable();
r.on('error', function (e) { console.log('default _read:', e.message); });
r.read(0);
var t = new stream.Transform();
try { t.write('x'); } catch (e) { console.log('default _transform throws:', e.message); }
console.log('fromList', stream.Readable._fromList(3, { buffer: [new Buffer('ab'), new Buffer('cd')], length: 4 }));
