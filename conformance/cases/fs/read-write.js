// fs.read/fs.write and their Sync twins: positional and current-position I/O, the legacy
// string forms, the callback arguments (err, bytes, buffer), zero-length writes, encodings.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('rw');
var p = d + '/f';
fs.writeFileSync(p, '');
var fd = fs.openSync(p, 'r+');

console.log('writeSync buffer', fs.writeSync(fd, new Buffer('hello world'), 0, 11, 0));
console.log('writeSync slice', fs.writeSync(fd, new Buffer('__HELLO__'), 2, 5, 0));
console.log('writeSync string at 6', fs.writeSync(fd, 'W', 6));
console.log('writeSync string ucs2', fs.writeSync(fd, 'ab', 11, 'ucs2'));
console.log('writeSync hex', fs.writeSync(fd, '2122', 15, 'hex'));
console.log('writeSync base64', fs.writeSync(fd, 'Kys=', 17, 'base64'));
console.log('writeSync number', fs.writeSync(fd, 42, 19));
console.log('writeSync object', fs.writeSync(fd, { a: 1 }, 21));
console.log('writeSync empty string', fs.writeSync(fd, '', 0));
console.log('writeSync utf8 multibyte', fs.writeSync(fd, '\u00e9\u20ac', 36));
console.log('content', JSON.stringify(fs.readFileSync(p, 'binary')));

var b = new Buffer(8);
b.fill(46);
console.log('readSync at 0', fs.readSync(fd, b, 0, 5, 0), b.toString());
console.log('readSync into offset', fs.readSync(fd, b, 5, 3, 6), b.toString());
console.log('readSync past end', fs.readSync(fd, b, 0, 8, 1000));
console.log('readSync legacy', JSON.stringify(fs.readSync(fd, 5, 0, 'utf8')));
console.log('readSync legacy hex', JSON.stringify(fs.readSync(fd, 3, 0, 'hex')));
console.log('readSync legacy base64', JSON.stringify(fs.readSync(fd, 4, 0, 'base64')));
console.log('readSync legacy no encoding', JSON.stringify(fs.readSync(fd, 3, 0)));
console.log('readSync legacy past end', JSON.stringify(fs.readSync(fd, 3, 1000, 'utf8')));

// current position: a fresh descriptor, reads with null position advance it
var fd2 = fs.openSync(p, 'r');
var c = new Buffer(3);
console.log('sequential', fs.readSync(fd2, c, 0, 3, null), c.toString(), fs.readSync(fd2, c, 0, 3, null), c.toString());
fs.closeSync(fd2);

t.series([
  function (next) {
    var buf = new Buffer('async!');
    fs.write(fd, buf, 0, 6, 40, function (e, n, same) {
      console.log('write cb', arguments.length, e, n, same === buf);
      next();
    });
  },
  function (next) {
    fs.write(fd, 'str', 46, 'utf8', function (e, n, buf) {
      console.log('write string cb', arguments.length, e, n, Buffer.isBuffer(buf), buf && buf.toString());
      next();
    });
  },
  function (next) {
    fs.write(fd, new Buffer(0), 0, 0, 0, function (e, n) {
      console.log('write nothing cb', arguments.length, e, n);
      next();
    });
  },
  function (next) {
    var buf = new Buffer(6);
    fs.read(fd, buf, 0, 6, 40, function (e, n, same) {
      console.log('read cb', arguments.length, e, n, same === buf, buf.toString());
      next();
    });
  },
  function (next) {
    fs.read(fd, 9, 40, 'utf8', function (e, str, n) {
      console.log('read legacy cb', arguments.length, e, JSON.stringify(str), n);
      next();
    });
  },
  function (next) {
    fs.read(fd, new Buffer(4), 0, 4, 5000, function (e, n) {
      console.log('read at eof', arguments.length, e, n);
      next();
    });
  },
  function (next) {
    fs.read(fd, new Buffer(4), 0, 0, 0, function (e, n) {
      console.log('read zero length', arguments.length, e, n);
      next();
    });
  },
  function (next) {
    // no callback: nothing to report
    fs.read(fd, new Buffer(2), 0, 2, 0);
    fs.write(fd, new Buffer('Q'), 0, 1, 49);
    setTimeout(next, 50);
  },
  function (next) {
    console.log('final', JSON.stringify(fs.readFileSync(p, 'binary')));
    fs.closeSync(fd);
    next();
  }
]);
