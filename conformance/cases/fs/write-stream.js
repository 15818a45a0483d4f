// fs.createWriteStream / fs.WriteStream: default 'w', flags 'a' and 'r+' with start,
// bytesWritten, 'open'/'finish'/'close' order, writes queued before 'open', an open fd,
// destroySoon, encodings of written strings, errors (open failure, write after end,
// non-Buffer chunks in object mode), and the instance's fields.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('wstream');
var p = d + '/f';
function content(f) {
  var s = fs.readFileSync(f || p, 'binary');
  return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '... (' + s.length + ' bytes)' : s);
}

var w0 = fs.createWriteStream(p);
console.log('keys', Object.keys(w0).join(','));
console.log('fields', w0.path === p, w0.fd, w0.flags, w0.mode, w0.start, w0.pos, w0.bytesWritten, w0._writableState.highWaterMark, w0.writable);
console.log('instanceof', w0 instanceof fs.WriteStream, w0 instanceof require('stream').Writable, fs.WriteStream === fs.FileWriteStream);

function track(label, w, done) {
  var events = [];
  w.on('open', function (fd) { events.push('open:' + typeof fd); });
  w.on('finish', function () { events.push('finish:' + w.bytesWritten); });
  w.on('error', function (e) { events.push('error:' + (e.code || e.message)); });
  w.on('close', function () {
    events.push('close');
    console.log(label, events.join(' '), 'bytesWritten', w.bytesWritten, 'file', content());
    done();
  });
}

t.series([
  function (next) {
    console.log('write before open', w0.write('hello '), w0.write(new Buffer('world')));
    w0.end('!');
    track('default', w0, next);
  },
  function (next) {
    var w = fs.createWriteStream(p, { flags: 'a' });
    w.write('+appended');
    w.end();
    track('flags a', w, next);
  },
  function (next) {
    var w = fs.createWriteStream(p, { flags: 'r+', start: 2 });
    console.log('start fields', w.start, w.pos);
    w.write('XY');
    w.write('Z');
    w.end(function () { console.log('end callback, pos', w.pos); });
    track('r+ start 2', w, next);
  },
  function (next) {
    var w = fs.createWriteStream(p, { start: 3 });
    w.end('abc');
    track('w start 3', w, next);
  },
  function (next) {
    var w = fs.createWriteStream(p);
    w.write('caf\u00e9', 'binary');
    w.write('2a2a', 'hex');
    w.write('\u00e9');
    w.end('ZZ', 'ucs2');
    track('encodings', w, next);
  },
  function (next) {
    var w = fs.createWriteStream(p, { encoding: 'hex', decodeStrings: true });
    w.end('6869');
    track('encoding option', w, next);
  },
  function (next) {
    var fd = fs.openSync(d + '/byfd', 'w');
    var w = fs.createWriteStream(null, { fd: fd });
    console.log('fd given: fd', w.fd === fd);
    w.end('via fd');
    w.on('close', function () {
      console.log('fd stream', content(d + '/byfd'), 'fd null after', w.fd);
      t.sync('fd closed', function () { return fs.fstatSync(fd).size; });
      next();
    });
  },
  function (next) {
    var w = fs.createWriteStream(p);
    w.write('soon');
    w.destroySoon();
    track('destroySoon', w, next);
  },
  function (next) {
    var w = fs.createWriteStream(p);
    w.on('open', function () {
      w.destroy();
    });
    w.on('close', function () { console.log('destroy after open: destroyed', w.destroyed, 'fd', w.fd); next(); });
  },
  function (next) {
    var w = fs.createWriteStream(d + '/nodir/x');
    w.on('close', function () { console.log('no close after failed open'); });
    w.on('error', function (e) {
      console.log('open error', t.err(e), 'destroyed', w.destroyed);
      setTimeout(next, 20);
    });
  },
  function (next) {
    var w = fs.createWriteStream(p);
    w.end('x');
    w.on('error', function (e) { console.log('write after end', e.message); });
    w.write('y');
    w.on('close', function () { console.log('after write after end', content()); next(); });
  },
  function (next) {
    var w = fs.createWriteStream(p, { decodeStrings: false });
    w.on('error', function (e) { console.log('string chunk with decodeStrings false', e.message); next(); });
    w.write('abc');
  },
  function (next) {
    var w = fs.createWriteStream(p);
    var writes = 0;
    var big = new Buffer(20000);
    big.fill(120);
    var ret = w.write(big);
    console.log('write past highWaterMark returns', ret);
    w.on('drain', function () {
      if (++writes === 1) { w.end(); }
    });
    track('drain', w, next);
  }
]);
