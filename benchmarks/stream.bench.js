// Streams: bytes and objects through Readable -> PassThrough -> Writable, joined by pipe().
// n10 is @n10/stream (carrying @n10/buffer's Buffers) on the host node; ratios are n10 ÷ other
// (>1: n10 faster). Targets: >= 1.0x readable-stream 1.0 (0.10's streams on npm) and >= 0.8x
// the host's own streams.
//
// Bytes: one op is 1 MiB (16 chunks of 64 KiB), so ops/s is MiB/s and 1 GB is 1024 ops; the
// harness calibrates the number of ops. Two models of the source:
//  - 'one chunk per I/O turn': each _read is answered by one push on a later turn of the event
//    loop, as fs.ReadStream and sockets do;
//  - 'source fills to the mark': each turn pushes until push() returns false.
// Objects: one op is one small object; the source fills to the mark each turn.
var path = require('path');

function withBuffer(stream, B) {
  return { stream: stream, Buffer: B };
}

exports.contenders = {
  n10: {
    runtime: 'host',
    load: function () {
      return withBuffer(require(path.join(__dirname, '../packages/stream')), require(path.join(__dirname, '../packages/buffer')).Buffer);
    }
  },
  'node 20': { runtime: 'host', load: function () { return withBuffer(require('stream'), Buffer); } },
  'readable-stream 1.0': { runtime: 'host', load: function () { return withBuffer(require('readable-stream1'), Buffer); } },
  'readable-stream 4': { runtime: 'host', load: function () { return withBuffer(require('readable-stream4'), Buffer); } },
  'node 0.10': { runtime: 'oracle', load: function () { return withBuffer(require('stream'), Buffer); } }
};

var CHUNK = 64 * 1024;
var CHUNKS_PER_OP = 16;

// source -> PassThrough -> sink with `total` items made by make(i); done() on the sink's
// 'finish'. The source answers _read on a later turn (setImmediate), never recursively.
function pipeline(s, opts, total, make, onePerTurn, done) {
  var i = 0;
  var scheduled = false;
  var src = new s.Readable(opts);
  function fill() {
    scheduled = false;
    while (i < total) {
      if (!src.push(make(i++)) || onePerTurn) return;
    }
    src.push(null);
  }
  src._read = function () {
    if (!scheduled) {
      scheduled = true;
      setImmediate(fill);
    }
  };
  // The sink counts what arrives: a sample only counts if every item went through.
  var arrived = 0;
  var sink = new s.Writable(opts);
  sink._write = function (chunk, enc, cb) { arrived++; cb(); };
  sink.on('finish', function () {
    if (arrived !== total) throw new Error('stream bench: ' + arrived + ' of ' + total + ' items arrived');
    done();
  });
  src.pipe(new s.PassThrough(opts)).pipe(sink);
}

function bytes(oneTurn) {
  return function (impl) {
    var chunk = new impl.Buffer(CHUNK);
    chunk.fill(97);
    function make() { return chunk; }
    return function (n, done) { pipeline(impl.stream, undefined, n * CHUNKS_PER_OP, make, oneTurn, done); };
  };
}

exports.cases = {
  '64 KiB chunks, one per I/O turn (MiB/s)': bytes(true),
  '64 KiB chunks, source fills to the mark (MiB/s)': bytes(false),
  'object mode, small objects (objects/s)': function (impl) {
    var opts = { objectMode: true };
    function make(i) { return { id: i, name: 'item' }; }
    return function (n, done) { pipeline(impl.stream, opts, n, make, false, done); };
  }
};
