// runtime-only: the frames of a stack are named and placed by the n10 runtime (as 0.10 printed them).
// An unknown encoding in a stream's options or setEncoding: the StringDecoder's error, its
// stack through new ReadableState / Readable.setEncoding and the constructors above.
var stream = require('stream');
function frames(label, fn) {
  try { fn(); } catch (e) { console.log(label, e.message, JSON.stringify(e.stack.split('\n').slice(1, 8))); }
}
frames('Readable', function () { new stream.Readable({ encoding: 'bogus' }); });
frames('Duplex', function () { new stream.Duplex({ encoding: 'bogus' }); });
frames('Transform', function () { new stream.Transform({ encoding: 'bogus' }); });
frames('PassThrough', function () { new stream.PassThrough({ encoding: 'bogus' }); });
frames('setEncoding', function () { new stream.Readable().setEncoding('nope'); });
