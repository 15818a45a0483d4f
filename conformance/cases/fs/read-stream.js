// fs.createReadStream / fs.ReadStream: byte ranges (start/end inclusive), encodings, an
// open fd (and autoClose false keeping it open), highWaterMark chunking, 'open'/'end'/'close'
// order, destroy() and close(cb) midway, errors, and the instance's fields.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('rstream');
var p = d + '/f';
var data = '';
for (var i = 0; i < 1000; i++) data += String.fromCharCode(97 + (i % 26));
fs.writeFileSync(p, data);

function collect(label, s, done) {
  var chunks = [];
  var events = [];
  s.on('open', function (fd) { events.push('open:' + typeof fd); });
  s.on('data', function (c) { chunks.push(c); });
  s.on('end', function () { events.push('end'); });
  s.on('error', function (e) { events.push('error:' + e.code); });
  s.on('close', function () {
    events.push('close');
    var str = chunks.map(function (c) { return typeof c === 'string' ? c : c.toString('binary'); }).join('');
    console.log(label, 'chunks', chunks.length, 'types', typeof chunks[0], 'len', str.length,
      JSON.stringify(str.slice(0, 12)), JSON.stringify(str.slice(-6)), events.join(' '));
    done();
  });
}

var r0 = fs.createReadStream(p, { start: 3, end: 7 });
console.log('keys', Object.keys(r0).join(','));
console.log('fields', r0.path === p, r0.fd, r0.flags, r0.mode, r0.start, r0.end, r0.pos, r0.autoClose, r0._readableState.highWaterMark, r0.readable);
console.log('instanceof', r0 instanceof fs.ReadStream, r0 instanceof require('stream').Readable, fs.ReadStream === fs.FileReadStream);
var r1 = fs.ReadStream(p, { start: 10 });
console.log('called without new', r1 instanceof fs.ReadStream, r1.end);
r1.destroy();

t.series([
  function (next) { collect('range 3-7', r0, next); },
  function (next) { collect('whole', fs.createReadStream(p), next); },
  function (next) { collect('start only', fs.createReadStream(p, { start: 990 }), next); },
  function (next) { collect('start=end', fs.createReadStream(p, { start: 5, end: 5 }), next); },
  function (next) { collect('end past eof', fs.createReadStream(p, { start: 995, end: 5000 }), next); },
  function (next) { collect('start past eof', fs.createReadStream(p, { start: 5000 }), next); },
  function (next) { collect('end only (ignored without start)', fs.createReadStream(p, { end: 9 }), next); },
  function (next) { collect('hwm 100', fs.createReadStream(p, { highWaterMark: 100 }), next); },
  function (next) { collect('bufferSize ignored', fs.createReadStream(p, { bufferSize: 7 }), next); },
  function (next) { collect('encoding utf8', fs.createReadStream(p, { encoding: 'utf8', start: 0, end: 9 }), next); },
  function (next) {
    var s = fs.createReadStream(p, { start: 0, end: 5 });
    s.setEncoding('hex');
    collect('setEncoding hex', s, next);
  },
  function (next) {
    var fd = fs.openSync(p, 'r');
    var s = fs.createReadStream(null, { fd: fd, start: 20, end: 24, autoClose: false });
    var out = '';
    s.on('data', function (c) { out += c; });
    s.on('end', function () {
      setTimeout(function () {
        console.log('fd autoClose false', out, 'fd still open', fs.fstatSync(fd).size, 'closed?', s.closed);
        fs.closeSync(fd);
        next();
      }, 20);
    });
  },
  function (next) {
    var fd = fs.openSync(p, 'r');
    collect('fd autoClose true', fs.createReadStream('ignored', { fd: fd, start: 0, end: 2 }), function () {
      t.sync('fd closed after', function () { return fs.fstatSync(fd).size; });
      next();
    });
  },
  function (next) {
    var s = fs.createReadStream(d + '/nope');
    s.on('close', function () { console.log('no close after a failed open'); });
    s.on('error', function (e) {
      console.log('missing file', t.err(e), 'destroyed', s.destroyed, 'fd', s.fd);
      setTimeout(next, 20);
    });
  },
  function (next) {
    var s = fs.createReadStream(p, { highWaterMark: 10 });
    var n = 0;
    s.on('data', function () {
      if (++n === 2) s.destroy();
    });
    s.on('close', function () { console.log('destroy midway: chunks', n, 'destroyed', s.destroyed, 'fd', s.fd); next(); });
  },
  function (next) {
    var s = fs.createReadStream(p);
    s.close(function () { console.log('close(cb) before open: fd', s.fd, 'closed', s.closed); next(); });
  },
  function (next) {
    var s = fs.createReadStream(p);
    s.on('open', function () {
      s.close();
      s.close(function () { console.log('second close calls back'); next(); });
    });
  },
  function (next) {
    var s = fs.createReadStream(p, { start: 0, end: 99, highWaterMark: 16 });
    var got = [];
    s.on('readable', function () {
      var c;
      while ((c = s.read(7)) !== null) got.push(c.length);
    });
    s.on('end', function () { console.log('read(7) sizes', got.join(',')); next(); });
  },
  function (next) {
    var s = fs.createReadStream(d);
    s.on('error', function (e) { console.log('directory', t.err(e), 'destroyed', s.destroyed); next(); });
  }
]);
