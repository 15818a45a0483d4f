// An error on the source of a pipe: streams2 pipe() does not listen for it (only the
// destination's errors unpipe), so the pipe stays in place and the flow goes on when data
// comes again; a source error with no listener throws out of emit.
var stream = require('stream');

var src = new stream.Readable();
src._read = function () {};
var dst = new stream.Writable();
dst._write = function (c, e, cb) { console.log('dst', String(c)); cb(); };
dst.on('unpipe', function () { console.log('dst unpipe'); });
src.pipe(dst);
src.on('error', function (e) { console.log('src error', e.message, 'pipes', src._readableState.pipesCount); });
src.push('a');
setTimeout(function () {
  src.emit('error', new Error('read failed'));
  src.push('b');
  src.push(null);
  dst.on('finish', function () {
    console.log('dst finish');
    var lone = new stream.Readable();
    lone._read = function () {};
    lone.pipe(new stream.PassThrough());
    try {
      lone.emit('error', new Error('nobody listens'));
    } catch (e) {
      console.log('thrown', e.message);
    }
  });
}, 5);
