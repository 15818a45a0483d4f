// Scenarios, one or more per item of the manual's stream section. Each is a plain node 0.10
// program in a function (stream, util, Buffer, log, done, nextTick) that drives streams and
// log()s what it observes; `expected` is what node 0.10.19 logs for the same function.
// items.test.ts checks n10 against it, here and in the browser; oracle.node.test.ts re-runs
// every scenario on the oracle to prove the expectations. This file is JavaScript, ES5, on
// purpose: the function sources are sent to node 0.10 as they are. Asynchrony uses one chain
// of setTimeout at a time, so that no two timers race. (Types: scenarios.d.ts.)

var scenarios = [];

function scenario(item, title, run, expected) {
  scenarios.push({ item: item, title: title, run: run, expected: expected });
}

scenario('Class: stream.Readable (in API for Stream Consumers)', 'an EventEmitter and a Stream, read in a readable loop', function (stream, util, Buffer, log, done) {
  var EE = require_events(stream);
  var r = new stream.Readable();
  log('EventEmitter ' + (r instanceof EE) + ' Stream ' + (r instanceof stream.Stream) + ' readable ' + r.readable);
  var parts = ['a', 'bc', null];
  r._read = function () {
    var self = this;
    setTimeout(function () { self.push(parts.shift()); }, 0);
  };
  r.on('readable', function () {
    var c;
    while (null !== (c = r.read())) log('read ' + c);
  });
  r.on('end', function () { log('end, readable ' + r.readable); done(); });
  function require_events(s) { return Object.getPrototypeOf(s.prototype).constructor; }
}, [
  'EventEmitter true Stream true readable true',
  'read a',
  'read bc',
  'end, readable false',
]);

scenario("Event: 'readable'", "fires once per wait; on the next tick for pushes from _read", function (stream, util, Buffer, log, done, nextTick) {
  var r = new stream.Readable({ highWaterMark: 4 });
  var n = 0;
  r._read = function (size) {
    n++;
    log('_read ' + size + ' #' + n);
    if (n === 1) this.push('ab');
  };
  r.on('readable', function () { log('readable, length ' + r._readableState.length); });
  log('listening');
  nextTick(function () {
    log('tick');
    r.push('cd');
    log('pushed cd (no new readable until read)');
    log('read ' + r.read());
    r.push('ef');
    log('pushed ef');
    setTimeout(function () {
      log('read ' + r.read());
      r.on('end', function () { log('end'); done(); });
      r.push(null);
      log('read ' + r.read());
    }, 0);
  });
}, [
  '_read 4 #1',
  'listening',
  'readable, length 2',
  '_read 4 #2',
  'tick',
  'pushed cd (no new readable until read)',
  '_read 4 #3',
  'read abcd',
  'readable, length 2',
  'pushed ef',
  '_read 4 #4',
  'read ef',
  'read null',
  'end',
]);

scenario("Event: 'data'", "a listener switches to flowing (old) mode; chunks come as read", function (stream, util, Buffer, log, done) {
  var r = new stream.Readable({ highWaterMark: 2 });
  var n = 0;
  r._read = function (size) {
    n++;
    log('_read ' + size);
    this.push(n < 4 ? 'x' + n : null);
  };
  r.on('end', function () { log('end'); done(); });
  log('flowing before ' + r._readableState.flowing);
  r.on('data', function (c) { log('data ' + c + ' ' + Buffer.isBuffer(c)); });
  log('listener added');
}, [
  'flowing before false',
  '_read 2',
  'data x1 true',
  '_read 2',
  'data x2 true',
  '_read 2',
  'data x3 true',
  '_read 2',
  'listener added',
  'end',
]);

scenario("Event: 'end'", "only once the data is consumed, on the next tick, after a read()", function (stream, util, Buffer, log, done, nextTick) {
  var r = new stream.Readable();
  r._read = function () {};
  r.push('abc');
  r.push(null);
  r.on('end', function () { log('end, readable ' + r.readable); done(); });
  setTimeout(function () {
    log('not consumed: endEmitted ' + r._readableState.endEmitted);
    log('read ' + r.read(2));
    log('read ' + r.read(2));
    log('read ' + r.read());
    nextTick(function () { log('tick'); });
  }, 0);
}, [
  'not consumed: endEmitted false',
  'read ab',
  'read c',
  'read null',
  'end, readable false',
  'tick',
]);

scenario("Event: 'close'", "not emitted by a Readable; a wrapped old stream's 'close' is re-emitted", function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r._read = function () { this.push(null); };
  r.on('close', function () { log('r close'); });
  r.on('end', function () {
    log('r end');
    var old = new stream.Stream();
    old.pause = function () {};
    old.resume = function () {};
    var w = new stream.Readable().wrap(old);
    w.on('close', function () { log('wrapped close ' + arguments.length); done(); });
    old.emit('close');
  });
  r.resume();
}, [
  'r end',
  'wrapped close 0',
]);

scenario("Event: 'error'", 'emitted for bad chunks, a missing _read, and push after EOF', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r.on('error', function (e) { log(e.name + ': ' + e.message); });
  r.read(0);
  r._read = function () {};
  log('push(1) ' + r.push(1));
  r.push(null);
  r.push('late');
  var o = new stream.Readable({ objectMode: true });
  o._read = function () {};
  o.on('error', function () { log('never'); });
  log('objectMode push(1) ' + o.push(1));
  done();
}, [
  'Error: not implemented',
  'TypeError: Invalid non-string/buffer chunk',
  'push(1) true',
  'Error: stream.push() after EOF',
  'objectMode push(1) true',
]);

scenario('readable.read([size])', 'sizes, null until enough, all without size, highWaterMark growth', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable({ highWaterMark: 8 });
  r._read = function (n) { log('_read ' + n); };
  r.push('abc');
  r.push('defg');
  log('read(2) ' + r.read(2));
  log('read(9) ' + r.read(9) + ' needReadable ' + r._readableState.needReadable);
  log('read(5) ' + r.read(5));
  r.push('hij');
  log('read() ' + r.read());
  log('read() ' + r.read());
  log('read(100) ' + r.read(100) + ' hwm ' + r._readableState.highWaterMark);
  r.push('k');
  r.push(null);
  log('read(100) at EOF ' + r.read(100));
  r.on('end', function () { log('end'); done(); });
}, [
  '_read 8',
  'read(2) ab',
  'read(9) null needReadable true',
  'read(5) cdefg',
  '_read 16',
  'read() hij',
  'read() null',
  'read(100) null hwm 128',
  'read(100) at EOF k',
  'end',
]);

scenario('readable.setEncoding(encoding)', 'strings out, multi-byte characters kept whole', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r._read = function () {};
  r.setEncoding('utf8');
  var euro = new Buffer([0xe2, 0x82, 0xac]);
  r.push(euro.slice(0, 1));
  r.push(euro.slice(1));
  r.push(new Buffer('!'));
  var s = r.read();
  log(typeof s + ' ' + JSON.stringify(s) + ' encoding ' + r._readableState.encoding);
  var h = new stream.Readable({ encoding: 'hex' });
  h._read = function () {};
  h.push(new Buffer([1, 171]));
  log('hex ' + h.read());
  done();
}, [
  'string "€!" encoding utf8',
  'hex 01ab',
]);

scenario('readable.resume()', 'flows without a consumer to reach end; emits resume', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  var n = 0;
  r._read = function () {
    n++;
    this.push(n < 3 ? 'chunk' : null);
  };
  r.on('resume', function () { log('resume event'); });
  r.on('end', function () { log('end after ' + n + ' reads'); done(); });
  r.resume();
  log('resumed');
}, [
  'resume event',
  'resumed',
  'end after 3 reads',
]);

scenario('readable.pause()', 'stops data events; data stays buffered until resume()', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r._read = function () {};
  r.on('pause', function () { log('pause event'); });
  r.on('data', function (c) {
    log('data ' + c);
    if (String(c) === 'a') {
      r.pause();
      r.push('c');
      log('buffered ' + r._readableState.length);
      setTimeout(function () {
        r.resume();
        log('resumed');
        r.push(null);
      }, 0);
    }
  });
  r.on('end', function () { log('end'); done(); });
  r.push('a');
  r.push('b');
  log('pushed');
}, [
  'data a',
  'pause event',
  'buffered 1',
  'pushed',
  'resumed',
  'data cb',
  'end',
]);

scenario('readable.pause()', 'on a non-flowing stream: switches to old mode, paused', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r._read = function (n) { log('_read ' + n); };
  r.pause();
  r.push('x');
  log('own pause ' + r.hasOwnProperty('pause') + ' length ' + r._readableState.length);
  r.on('data', function (c) { log('data ' + c); done(); });
  r.resume();
}, [
  'own pause true length 1',
  '_read 16384',
  'data x',
]);

scenario('readable.pipe(destination, [options])', 'returns dest, chains, ends dest unless end:false', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  var parts = ['a', 'b', null];
  r._read = function () { this.push(parts.shift()); };
  var t = new stream.PassThrough();
  var w = new stream.Writable();
  w._write = function (c, e, cb) { log('w ' + c); cb(); };
  var keep = new stream.Writable();
  keep._write = function (c, e, cb) { log('keep ' + c); cb(); };
  log('chain returns last ' + (r.pipe(t).pipe(w) === w));
  r.pipe(keep, { end: false });
  w.on('finish', function () { log('w finish'); });
  r.on('end', function () {
    log('end; keep ended ' + keep._writableState.ended);
    setTimeout(function () { done(); }, 0);
  });
}, [
  'chain returns last true',
  'keep a',
  'keep b',
  'w a',
  'w b',
  'end; keep ended false',
  'w finish',
]);

scenario('readable.pipe(destination, [options])', 'backpressure: the source waits for drain', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable({ highWaterMark: 1 });
  var n = 0;
  r._read = function () {
    n++;
    log('_read ' + n);
    this.push(n <= 3 ? 'abcd' : null);
  };
  var w = new stream.Writable({ highWaterMark: 2 });
  w._write = function (c, e, cb) {
    log('write ' + c);
    setTimeout(cb, 0);
  };
  w.on('drain', function () { log('drain'); });
  w.on('finish', function () { log('finish'); done(); });
  r.pipe(w);
}, [
  '_read 1',
  '_read 2',
  'write abcd',
  'drain',
  '_read 3',
  'write abcd',
  'drain',
  '_read 4',
  'write abcd',
  'finish',
]);

scenario('readable.unpipe([destination])', 'stops the flow to one destination; no-op for others', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r._read = function () {};
  var a = new stream.Writable();
  a._write = function (c, e, cb) { log('a ' + c); cb(); };
  var b = new stream.Writable();
  b._write = function (c, e, cb) { log('b ' + c); cb(); };
  a.on('unpipe', function (src) { log('a unpipe ' + (src === r)); });
  r.pipe(a);
  r.pipe(b);
  r.push('1');
  setTimeout(function () {
    r.unpipe(a);
    log('pipesCount ' + r._readableState.pipesCount);
    log('unpipe(stranger) returns r ' + (r.unpipe(new stream.Writable()) === r));
    r.push('2');
    setTimeout(function () {
      r.unpipe();
      log('flowing ' + r._readableState.flowing);
      r.push('3');
      log('buffered ' + r._readableState.length);
      done();
    }, 0);
  }, 0);
}, [
  'a 1',
  'b 1',
  'a unpipe true',
  'pipesCount 1',
  'unpipe(stranger) returns r true',
  'b 2',
  'flowing false',
  'buffered 1',
]);

scenario('readable.unshift(chunk)', 'puts data back in front; readable again', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r._read = function () {};
  r.push('world');
  var c = r.read();
  log('read ' + c);
  log('unshift ' + r.unshift(new Buffer('hello ')) + ' length ' + r._readableState.length);
  r.push('!');
  log('read ' + r.read());
  r.on('error', function (e) { log('error ' + e.message); });
  r.push(null);
  r.on('end', function () {
    log('end');
    r.unshift(new Buffer('x'));
    done();
  });
  r.read();
}, [
  'read world',
  'unshift true length 6',
  'read hello !',
  'end',
  'error stream.unshift() after end event',
]);

scenario('readable.wrap(stream)', 'an old stream as a Readable, with pause/resume backpressure', function (stream, util, Buffer, log, done) {
  var old = new stream.Stream();
  old.pause = function () { log('old pause'); };
  old.resume = function () { log('old resume'); };
  var r = new stream.Readable({ highWaterMark: 3 }).wrap(old);
  old.emit('data', new Buffer('ab'));
  old.emit('data', new Buffer('cd'));
  old.emit('data', new Buffer(''));
  log('length ' + r._readableState.length);
  log('read ' + r.read());
  old.emit('data', new Buffer('ef'));
  old.emit('end');
  r.on('data', function (c) { log('data ' + c); });
  r.on('end', function () { log('end'); done(); });
}, [
  'old pause',
  'length 4',
  'old resume',
  'read abcd',
  'data ef',
  'end',
]);

scenario('Class: stream.Writable (in API for Stream Consumers)', 'an EventEmitter and a Stream, writable until ended', function (stream, util, Buffer, log, done) {
  var w = new stream.Writable();
  w._write = function (c, e, cb) { cb(); };
  log('Stream ' + (w instanceof stream.Stream) + ' Readable ' + (w instanceof stream.Readable) + ' writable ' + w.writable);
  w.end();
  log('writable after end ' + w.writable + ' finished ' + w._writableState.finished);
  done();
}, [
  'Stream true Readable false writable true',
  'writable after end true finished true',
]);

scenario('writable.write(chunk, [encoding], [callback])', 'null/undefined chunks throw (on chunk.length); other non-strings are error events', function (stream, util, Buffer, log, done) {
  [null, undefined, 5, {}].forEach(function (v) {
    var w = new stream.Writable();
    w._write = function (c, e, cb) { log('_write'); cb(); };
    w.on('error', function (e) { log('error ' + e.message); });
    try {
      log('ret ' + w.write(v));
    } catch (e) {
      log('threw ' + e.name + ': ' + e.message);
    }
  });
  var o = new stream.Writable({ objectMode: true });
  o._write = function (c, e, cb) { log('object _write ' + c); cb(); };
  o.write(null);
  o.write(undefined);
  setTimeout(done, 0);
}, [
  "threw TypeError: Cannot read property 'length' of null",
  "threw TypeError: Cannot read property 'length' of undefined",
  'error Invalid non-string/buffer chunk',
  'ret false',
  'error Invalid non-string/buffer chunk',
  'ret false',
  'object _write null',
  'object _write undefined',
]);

scenario('writable.write(chunk, [encoding], [callback])', 'return value, callbacks on the next tick for sync writes', function (stream, util, Buffer, log, done, nextTick) {
  var w = new stream.Writable({ highWaterMark: 4 });
  w._write = function (c, e, cb) { log('_write ' + c + ' ' + e); cb(); };
  log('write ab ' + w.write('ab', function () { log('cb ab'); }));
  log('write cdef ' + w.write('cdef', 'utf8', function () { log('cb cdef'); }));
  log('write hex ' + w.write('6869', 'hex'));
  nextTick(function () {
    log('tick');
    var a = new stream.Writable({ highWaterMark: 4 });
    a._write = function (c, e, cb) { log('async _write ' + c); setTimeout(cb, 0); };
    log('async write 12 ' + a.write('12', function () { log('cb 12'); }));
    log('async write 34 ' + a.write('34', function () { log('cb 34'); }));
    log('async write 56 ' + a.write('56', function () { log('cb 56'); done(); }));
    log('buffered ' + a._writableState.buffer.length + ' length ' + a._writableState.length);
  });
}, [
  '_write ab buffer',
  'write ab true',
  '_write cdef buffer',
  'write cdef false',
  '_write hi buffer',
  'write hex true',
  'cb ab',
  'cb cdef',
  'tick',
  'async _write 12',
  'async write 12 true',
  'async write 34 false',
  'async write 56 false',
  'buffered 2 length 6',
  'async _write 34',
  'cb 12',
  'async _write 56',
  'cb 34',
  'cb 56',
]);

scenario("Event: 'drain'", 'after write() returned false, once the buffer is empty', function (stream, util, Buffer, log, done) {
  var w = new stream.Writable({ highWaterMark: 3 });
  w._write = function (c, e, cb) { log('_write ' + c); setTimeout(cb, 0); };
  w.on('drain', function () {
    log('drain, length ' + w._writableState.length);
    if (w._writableState.length === 0 && !w._writableState.ended) {
      log('write again ' + w.write('z'));
      w.end();
    }
  });
  w.on('finish', function () { log('finish'); done(); });
  log('write ' + w.write('ab'));
  log('write ' + w.write('cd'));
}, [
  '_write ab',
  'write true',
  'write false',
  '_write cd',
  'drain, length 0',
  '_write z',
  'write again true',
  'finish',
]);

scenario('writable.end([chunk], [encoding], [callback])', 'last chunk, callback on finish; write after end errors', function (stream, util, Buffer, log, done) {
  var w = new stream.Writable();
  w._write = function (c, e, cb) { log('_write ' + c); setTimeout(cb, 0); };
  w.on('error', function (e) { log('error ' + e.message); });
  w.end('6869', 'hex', function () { log('end callback'); done(); });
  w.on('finish', function () { log('finish (added after end)'); });
  log('write after end ' + w.write('x', function (e) { log('write cb ' + e.message); }));
  w.end('ignored', function () { log('never'); });
}, [
  '_write hi',
  'error write after end',
  'write after end false',
  'error write after end',
  'write cb write after end',
  'end callback',
  'finish (added after end)',
]);

scenario("Event: 'finish'", 'synchronously in end() when nothing is pending, else after the last write', function (stream, util, Buffer, log, done) {
  var w = new stream.Writable();
  w._write = function (c, e, cb) { cb(); };
  w.on('finish', function () { log('finish 1'); });
  w.end();
  log('after end 1');
  var w2 = new stream.Writable();
  w2._write = function (c, e, cb) { log('_write ' + c); setTimeout(cb, 0); };
  w2.on('finish', function () { log('finish 2'); done(); });
  w2.write('a');
  w2.end('b');
  log('after end 2');
}, [
  'finish 1',
  'after end 1',
  '_write a',
  'after end 2',
  '_write b',
  'finish 2',
]);

scenario("Event: 'pipe'", 'emitted on the destination with the source, during pipe()', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r._read = function () {};
  var w = new stream.Writable();
  w.on('pipe', function (src) { log('pipe ' + (src === r)); });
  r.pipe(w);
  log('after pipe');
  done();
}, [
  'pipe true',
  'after pipe',
]);

scenario("Event: 'unpipe'", 'emitted on unpipe(), and when the source ends', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r._read = function () {};
  var w = new stream.Writable();
  w._write = function (c, e, cb) { cb(); };
  w.on('unpipe', function (src) { log('unpipe ' + (src === r)); });
  w.on('finish', function () { log('finish'); });
  r.pipe(w);
  r.unpipe(w);
  r.pipe(w);
  r.push(null);
  r.on('end', function () { log('end'); setTimeout(done, 0); });
}, [
  'unpipe true',
  'finish',
  'unpipe true',
  'end',
]);

scenario('Class: stream.Duplex (in API for Stream Consumers)', 'readable and writable sides on one object', function (stream, util, Buffer, log, done) {
  var d = new stream.Duplex();
  d._read = function () {};
  d._write = function (c, e, cb) {
    log('_write ' + c);
    this.push(String(c).toUpperCase());
    cb();
  };
  d.on('data', function (c) { log('data ' + c); });
  d.write('echo');
  log('Readable ' + (d instanceof stream.Readable) + ' Writable ' + (d instanceof stream.Writable));
  setTimeout(done, 0);
}, [
  '_write echo',
  'data ECHO',
  'Readable true Writable false',
]);

scenario('Class: stream.Transform (in API for Stream Consumers)', 'written data comes out transformed, finish then end', function (stream, util, Buffer, log, done) {
  var t = new stream.Transform();
  t._transform = function (c, e, cb) { cb(null, String(c).split('').reverse().join('')); };
  t.on('data', function (c) { log('data ' + c); });
  t.on('finish', function () { log('finish'); });
  t.on('end', function () { log('end'); done(); });
  t.write('abc');
  t.end('de');
}, [
  'data cba',
  'data ed',
  'finish',
  'end',
]);

scenario('Class: stream.Readable (in API for Stream Implementors)', 'subclassed with util.inherits and Readable.call (the Counter example)', function (stream, util, Buffer, log, done) {
  function Counter(opt) {
    stream.Readable.call(this, opt);
    this._max = 5;
    this._index = 1;
  }
  util.inherits(Counter, stream.Readable);
  Counter.prototype._read = function () {
    var i = this._index++;
    if (i > this._max) this.push(null);
    else this.push(new Buffer('' + i, 'ascii'));
  };
  var c = new Counter();
  var out = '';
  c.on('data', function (d) { out += d; });
  c.on('end', function () { log('counted ' + out + ' ' + (c instanceof stream.Readable)); done(); });
}, [
  'counted 12345 true',
]);

scenario('new stream.Readable([options])', 'highWaterMark, encoding and objectMode options', function (stream, util, Buffer, log, done) {
  var a = new stream.Readable();
  var b = new stream.Readable({ highWaterMark: 0, encoding: 'base64', objectMode: false });
  var c = new stream.Readable({ objectMode: true, highWaterMark: 2.9 });
  log(JSON.stringify([a._readableState.highWaterMark, a._readableState.encoding, a._readableState.objectMode]));
  log(JSON.stringify([b._readableState.highWaterMark, b._readableState.encoding, b._readableState.objectMode]));
  log(JSON.stringify([c._readableState.highWaterMark, c._readableState.encoding, c._readableState.objectMode]));
  c._read = function () {};
  c.push({ a: 1 });
  c.push([2]);
  log('objectMode read(5) ' + JSON.stringify(c.read(5)) + ' then ' + JSON.stringify(c.read()));
  done();
}, [
  '[16384,null,false]',
  '[0,"base64",false]',
  '[2,null,true]',
  'objectMode read(5) {"a":1} then [2]',
]);

scenario('readable._read(size)', 'called with highWaterMark, not again until a push', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable({ highWaterMark: 100 });
  var calls = 0;
  r._read = function (size) {
    calls++;
    log('_read ' + size + ' call ' + calls);
    var self = this;
    if (calls < 3) setTimeout(function () { self.push('data' + calls); }, 0);
    else setTimeout(function () { self.push(null); }, 0);
  };
  r.read(0);
  r.read(0);
  log('two read(0), calls ' + calls);
  r.on('end', function () { log('end'); done(); });
  r.on('readable', function () { r.read(); });
}, [
  '_read 100 call 1',
  'two read(0), calls 1',
  '_read 100 call 2',
  '_read 100 call 3',
  'end',
]);

scenario('readable.push(chunk, [encoding])', 'return value and encodings; null ends', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable({ highWaterMark: 4 });
  r._read = function () {};
  log('push ab ' + r.push('ab'));
  log('push 6364 hex ' + r.push('6364', 'hex'));
  log('push e ' + r.push('e'));
  log('read ' + r.read());
  log('push null ' + r.push(null));
  r.on('end', function () { log('end'); done(); });
  r.read();
}, [
  'push ab true',
  'push 6364 hex false',
  'push e false',
  'read abcde',
  'push null false',
  'end',
]);

scenario('Class: stream.Writable (in API for Stream Implementors)', 'subclassed with util.inherits and Writable.call', function (stream, util, Buffer, log, done) {
  function Sink(opts) {
    stream.Writable.call(this, opts);
    this.got = [];
  }
  util.inherits(Sink, stream.Writable);
  Sink.prototype._write = function (c, e, cb) {
    this.got.push(String(c));
    cb();
  };
  var s = new Sink();
  s.write('a');
  s.end('b', function () { log('got ' + s.got.join(',') + ' ' + (s instanceof stream.Writable)); done(); });
}, [
  'got a,b true',
]);

scenario('new stream.Writable([options])', 'highWaterMark, decodeStrings and objectMode options', function (stream, util, Buffer, log, done) {
  var w = new stream.Writable({ highWaterMark: 2, decodeStrings: false });
  w._write = function (c, e, cb) { log(typeof c + ' ' + e); cb(); };
  log('write ' + w.write('abc', 'latin1'));
  var o = new stream.Writable({ objectMode: true, highWaterMark: 2 });
  o._write = function (c, e, cb) { log('object ' + JSON.stringify(c) + ' ' + e); setTimeout(cb, 0); };
  log('write ' + o.write({ x: 1 }));
  log('write ' + o.write(5, 'hex'));
  o.on('finish', function () { done(); });
  o.end();
}, [
  'string latin1',
  'write false',
  'object {"x":1} utf8',
  'write true',
  'write false',
  'object 5 hex',
]);

scenario('writable._write(chunk, encoding, callback)', 'one at a time; an error in the callback', function (stream, util, Buffer, log, done) {
  var w = new stream.Writable();
  var busy = false;
  w._write = function (c, e, cb) {
    log('_write ' + c + ' busy ' + busy);
    busy = true;
    setTimeout(function () {
      busy = false;
      cb(String(c) === 'bad' ? new Error('rejected') : null);
    }, 0);
  };
  w.on('error', function (e) { log('error ' + e.message); done(); });
  w.write('one');
  w.write('two');
  w.write('bad', function (e) { log('bad cb ' + e.message); });
}, [
  '_write one busy false',
  '_write two busy false',
  '_write bad busy false',
  'bad cb rejected',
  'error rejected',
]);

scenario('Class: stream.Duplex (in API for Stream Implementors)', 'subclass implements both _read and _write', function (stream, util, Buffer, log, done) {
  function Echo(opts) {
    stream.Duplex.call(this, opts);
  }
  util.inherits(Echo, stream.Duplex);
  Echo.prototype._read = function () {};
  Echo.prototype._write = function (c, e, cb) {
    this.push(c);
    cb();
  };
  var e = new Echo();
  e.on('data', function (c) { log('echo ' + c); });
  e.on('finish', function () { e.push(null); });
  e.on('end', function () { log('end'); done(); });
  e.write('ping');
  e.end();
}, [
  'echo ping',
  'end',
]);

scenario('new stream.Duplex(options)', 'allowHalfOpen false ends the writable side after the readable end', function (stream, util, Buffer, log, done) {
  var d = new stream.Duplex({ allowHalfOpen: false });
  d._read = function () { this.push(null); };
  d._write = function (c, e, cb) { cb(); };
  d.on('finish', function () { log('finish (writable side ended for us)'); done(); });
  d.on('end', function () { log('end; writable ended ' + d._writableState.ended); });
  d.resume();
  var h = new stream.Duplex();
  log('default allowHalfOpen ' + h.allowHalfOpen);
}, [
  'default allowHalfOpen true',
  'end; writable ended false',
  'finish (writable side ended for us)',
]);

scenario('Class: stream.Transform (in API for Stream Implementors)', 'the SimpleProtocol v2 shape: header then body', function (stream, util, Buffer, log, done) {
  function Proto(opts) {
    stream.Transform.call(this, opts);
    this._inBody = false;
    this._head = '';
  }
  util.inherits(Proto, stream.Transform);
  Proto.prototype._transform = function (chunk, enc, cb) {
    if (this._inBody) {
      this.push(chunk);
      return cb();
    }
    var s = String(chunk);
    var i = s.indexOf('\n\n');
    if (i < 0) {
      this._head += s;
      return cb();
    }
    this._head += s.slice(0, i);
    this._inBody = true;
    this.emit('header', JSON.parse(this._head));
    this.push(s.slice(i + 2));
    cb();
  };
  var p = new Proto();
  p.on('header', function (h) { log('header ' + JSON.stringify(h)); });
  var body = '';
  p.on('data', function (c) { body += c; });
  p.on('end', function () { log('body ' + body); done(); });
  p.write('{"a"');
  p.write(':1}\n\nbo');
  p.end('dy');
}, [
  'header {"a":1}',
  'body body',
]);

scenario('new stream.Transform([options])', 'options go to both sides; readable side starts needing data', function (stream, util, Buffer, log, done) {
  var t = new stream.Transform({ objectMode: true, highWaterMark: 3 });
  log(JSON.stringify([t._readableState.objectMode, t._writableState.objectMode, t._readableState.highWaterMark,
    t._writableState.highWaterMark, t._readableState.needReadable, t._readableState.sync]));
  t._writableState.objectMode = false;
  log('writable side objectMode changed: ' + t._writableState.objectMode);
  done();
}, [
  '[true,true,3,3,true,false]',
  'writable side objectMode changed: false',
]);

scenario('transform._transform(chunk, encoding, callback)', 'push 0..n times; callback with data; backpressure holds writes', function (stream, util, Buffer, log, done) {
  var t = new stream.Transform({ highWaterMark: 2 });
  t._transform = function (c, e, cb) {
    log('_transform ' + c + ' ' + e);
    var s = String(c);
    if (s === 'skip') return cb();
    if (s === 'twice') {
      this.push('t1');
      this.push('t2');
      return cb();
    }
    cb(null, s + '!');
  };
  log('write a ' + t.write('a'));
  log('write skip ' + t.write('skip'));
  log('write twice ' + t.write('twice'));
  log('length ' + t._readableState.length);
  t.on('readable', function () {
    var c;
    while (null !== (c = t.read())) log('read ' + c);
  });
  t.on('end', function () { log('end'); done(); });
  t.end();
}, [
  '_transform a buffer',
  'write a true',
  'write skip false',
  'write twice false',
  'length 2',
  '_transform skip buffer',
  'read a!',
  '_transform twice buffer',
  'read t1t2',
  'end',
]);

scenario('transform._flush(callback)', 'runs after the last transform, before end; may push', function (stream, util, Buffer, log, done) {
  var t = new stream.Transform();
  var sum = 0;
  t._transform = function (c, e, cb) { sum += Number(String(c)); log('_transform ' + c); cb(); };
  t._flush = function (cb) {
    log('_flush');
    var self = this;
    setTimeout(function () { self.push('sum=' + sum); cb(); }, 0);
  };
  t.on('finish', function () { log('finish'); });
  t.on('data', function (c) { log('data ' + c); });
  t.on('end', function () { log('end'); done(); });
  t.write('1');
  t.write('2');
  t.end('3');
}, [
  '_transform 1',
  '_transform 2',
  '_transform 3',
  '_flush',
  'finish',
  'data sum=6',
  'end',
]);

scenario('Class: stream.PassThrough', 'passes chunks through unchanged', function (stream, util, Buffer, log, done) {
  var p = new stream.PassThrough();
  log('Transform ' + (p instanceof stream.Transform));
  var got = [];
  p.on('data', function (c) { got.push(Buffer.isBuffer(c) + ':' + c); });
  p.on('end', function () { log(got.join(' ')); done(); });
  p.write('a');
  p.write(new Buffer('b'));
  p.end();
}, [
  'Transform true',
  'true:a true:b',
]);

scenario('stream.read(0)', 'triggers _read below the mark, always null; readable when full', function (stream, util, Buffer, log, done, nextTick) {
  var r = new stream.Readable({ highWaterMark: 2 });
  r._read = function (n) { log('_read ' + n); };
  log('read(0) ' + r.read(0) + ' reading ' + r._readableState.reading);
  r.push('abc');
  r.on('readable', function () { log('readable'); });
  log('read(0) full ' + r.read(0));
  nextTick(function () {
    log('read(0) again ' + r.read(0) + ' length ' + r._readableState.length);
    done();
  });
}, [
  '_read 2',
  'read(0) null reading true',
  'readable',
  'read(0) full null',
  'read(0) again null length 3',
]);

scenario("stream.push('')", 'ends the pending read without data; read(0) polls again', function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  var polls = 0;
  r._read = function () {
    polls++;
    log('_read poll ' + polls);
    if (polls < 3) this.push('');
    else if (polls === 3) this.push('data');
    else this.push(null);
  };
  r.on('readable', function () { log('readable ' + r.read()); });
  r.on('end', function () { log('end'); done(); });
  log('after listener: reading ' + r._readableState.reading + ' length ' + r._readableState.length);
  r.read(0);
  r.read(0);
}, [
  '_read poll 1',
  'after listener: reading false length 0',
  '_read poll 2',
  '_read poll 3',
  '_read poll 4',
  'readable data',
  'readable null',
  'end',
]);

scenario('readable.pipe(destination, [options])', "a destination's error, close or finish unpipes it through the source's own unpipe method", function (stream, util, Buffer, log, done) {
  function source(name) {
    var s = new stream.Readable();
    var n = 0;
    s._read = function () { s.push(n++ < 3 ? new Buffer('x') : null); };
    s.unpipe = function (dest) {
      log(name + ' unpipe(' + (dest && dest.name) + ')');
      return stream.Readable.prototype.unpipe.call(this, dest);
    };
    return s;
  }
  function sink(name) {
    var w = new stream.Writable();
    w.name = name;
    w._write = function (c, e, cb) { cb(); };
    return w;
  }
  var erroring = sink('erroring');
  erroring.on('error', function (e) { log('error ' + e.message); });
  source('a').pipe(erroring);
  erroring.emit('error', new Error('boom'));
  var closing = sink('closing');
  source('b').pipe(closing);
  closing.emit('close');
  var finishing = sink('finishing');
  source('c').pipe(finishing);
  finishing.on('finish', function () { log('finish'); done(); });
}, [
  'a unpipe(erroring)',
  'error boom',
  'b unpipe(closing)',
  'c unpipe(finishing)',
  'finish',
]);

scenario('readable.pipe(destination, [options])', 'a destination with no on() method: the TypeError 0.10 threw, after the source counted it', function (stream, util, Buffer, log, done) {
  function attempt(label, dest) {
    var r = new stream.Readable();
    r._read = function () {};
    try {
      r.pipe(dest);
      log(label + ' piped');
    } catch (e) {
      log(label + ' ' + e.name + ': ' + e.message + ' (pipesCount ' + r._readableState.pipesCount + ', end listeners ' + r.listeners('end').length + ')');
    }
  }
  function Foo() {}
  attempt('null', null);
  attempt('undefined', undefined);
  attempt('object', {});
  attempt('instance', new Foo());
  attempt('string', 'abc');
  attempt('on not a function', { on: 1 });
  done();
}, [
  "null TypeError: Cannot call method 'on' of null (pipesCount 1, end listeners 1)",
  "undefined TypeError: Cannot call method 'on' of undefined (pipesCount 1, end listeners 1)",
  "object TypeError: Object #<Object> has no method 'on' (pipesCount 1, end listeners 1)",
  "instance TypeError: Object #<Foo> has no method 'on' (pipesCount 1, end listeners 1)",
  "string TypeError: Object abc has no method 'on' (pipesCount 1, end listeners 1)",
  "on not a function TypeError: Property 'on' of object #<Object> is not a function (pipesCount 1, end listeners 1)",
]);

scenario('readable.pipe(destination, [options])', "the source's 'readable' listener that restarts the flow is named pipeOnReadable (util.inspect prints it)", function (stream, util, Buffer, log, done) {
  var r = new stream.Readable();
  r._read = function () {};
  r.pipe(new stream.PassThrough());
  log(r.listeners('readable').map(function (f) { return f.name; }).join(','));
  log(util.inspect(r._events.readable));
  done();
}, [
  'pipeOnReadable',
  '[Function: pipeOnReadable]',
]);

scenario('Class: stream.Readable (in API for Stream Consumers)', "the methods' names and declared parameter counts are 0.10's", function (stream, util, Buffer, log, done) {
  var R = stream.Readable.prototype;
  ['pipe', 'unpipe', 'resume', 'pause', 'wrap', 'read', 'push', 'unshift', 'setEncoding', '_read'].forEach(function (k) {
    log(k + ' ' + JSON.stringify(R[k].name) + ' ' + R[k].length);
  });
  log('ReadableState ' + stream.Readable.ReadableState.length);
  log('Transform _read ' + stream.Transform.prototype._read.length + ', _transform ' + stream.Transform.prototype._transform.length);
  done();
}, [
  'pipe "" 2',
  'unpipe "" 1',
  'resume "" 0',
  'pause "" 0',
  'wrap "" 1',
  'read "" 1',
  'push "" 2',
  'unshift "" 1',
  'setEncoding "" 1',
  '_read "" 1',
  'ReadableState 2',
  'Transform _read 1, _transform 3',
]);

scenario('readable.setEncoding(encoding)', 'after chunks were buffered: reading everything joins them as strings, a lone Buffer included; read(n) inside the first chunk slices it', function (stream, util, Buffer, log, done) {
  var p = new stream.PassThrough();
  p.end(new Buffer([0x41, 0x42]));
  p.setEncoding('hex');
  log('one chunk ' + JSON.stringify(p.read()));
  var r = new stream.PassThrough();
  r.write(new Buffer([0x41, 0x42, 0x43]));
  r.setEncoding('base64');
  log('read(2) ' + Buffer.isBuffer(r.read(2)) + ', rest ' + JSON.stringify(r.read()));
  done();
}, [
  'one chunk "AB"',
  'read(2) true, rest "C"',
]);

scenario('Class: stream.Stream (legacy pipe)', "dest.write is looked up at every chunk: one replaced after pipe() is the one called", function (stream, util, Buffer, log, done) {
  var s = new stream.Stream();
  s.readable = true;
  var d = new stream.Stream();
  d.writable = true;
  d.write = function () { log('first write'); return true; };
  s.pipe(d);
  d.write = function (c) { log('late write ' + c); return true; };
  s.emit('data', 'x');
  done();
}, [
  'late write x',
]);

module.exports = { scenarios: scenarios };
