// The events a pipe emits for every chunk ('readable', 'data', 'drain') reach whatever is
// listening, however it listens: an overridden emit, several listeners, listeners added by
// hand to _events, a getter-free prototype entry, and a domain around the streams.
var stream = require('stream');
var util = require('util');
var domain = require('domain');
var EE = require('events').EventEmitter;

function say(s) { console.log(s); }

function source(name, n, objectMode) {
  var r = new stream.Readable({ objectMode: objectMode, highWaterMark: 2 });
  var i = 0;
  r._read = function () {
    var self = this;
    setImmediate(function () {
      if (i < n) self.push(objectMode ? { n: i++ } : new Buffer('c' + i++));
      else self.push(null);
    });
  };
  return r;
}

function sink(name, slow, objectMode) {
  var w = new stream.Writable({ objectMode: objectMode, highWaterMark: 2 });
  w._write = function (chunk, enc, cb) {
    say(name + ' write ' + (objectMode ? JSON.stringify(chunk) : chunk.toString()));
    if (slow) setImmediate(cb);
    else cb();
  };
  return w;
}

// 1. A source whose emit is overridden: it sees every 'readable', 'data' and 'end'.
function one(next) {
  var src = source('one', 3, true);
  var origEmit = src.emit;
  src.emit = function (type) {
    if (type !== 'newListener' && type !== 'removeListener') say('one emit ' + type);
    return origEmit.apply(this, arguments);
  };
  var dst = sink('one', false, true);
  dst.on('finish', function () { say('one finish'); next(); });
  src.pipe(dst);
}

// 2. A destination with two 'drain' listeners and an emit override; a source with a 'data'
// listener put straight into _events (so the pipe keeps flowing), and 'readable' twice.
function two(next) {
  var src = source('two', 4, false);
  var dst = sink('two', true, false);
  var dstEmit = dst.emit;
  dst.emit = function (type) {
    if (type === 'drain') say('two dst emit drain');
    return dstEmit.apply(this, arguments);
  };
  dst.on('drain', function () { say('two drain A'); });
  dst.on('drain', function () { say('two drain B'); });
  src.pipe(dst);
  src._events.data = function (c) { say('two data ' + c.toString() + ' this=src ' + (this === src)); };
  EE.prototype.on.call(src, 'readable', function () { say('two readable extra'); });
  dst.on('finish', function () { say('two finish'); next(); });
}

// 3. Streams made inside a domain: listeners run in it, a throwing 'data' listener is caught
// by the domain (which leaves this pipe stalled: it runs last).
function three() {
  var d = domain.create();
  d.on('error', function (er) {
    say('three domain error ' + er.message + ' active=' + (domain.active === d));
  });
  d.run(function () {
    var src = source('three', 3, true);
    var dst = sink('three', false, true);
    src.on('readable', function () { say('three readable in domain ' + (domain.active === d)); });
    dst.on('finish', function () { say('three finish'); });
    src.pipe(dst);
    var thrown = false;
    src._events.data = function (c) {
      say('three data ' + JSON.stringify(c) + ' in domain ' + (domain.active === d));
      if (!thrown) {
        thrown = true;
        throw new Error('from data');
      }
    };
  });
}

// 4. A subclass whose prototype overrides emit, through a PassThrough.
function Loud(opts) { stream.PassThrough.call(this, opts); }
util.inherits(Loud, stream.PassThrough);
Loud.prototype.emit = function (type) {
  if (type === 'readable' || type === 'data' || type === 'drain') say('loud ' + type);
  return stream.PassThrough.prototype.emit.apply(this, arguments);
};
function four(next) {
  var src = source('four', 3, false);
  var dst = sink('four', true, false);
  dst.on('finish', function () { say('four finish'); next(); });
  src.pipe(new Loud()).pipe(dst);
}

one(function () {
  two(function () {
    four(three);
  });
});
