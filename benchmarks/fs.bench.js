// fs: whole-file reads and writes (1 KiB and 64 MiB), stat of many files, and ReadStream pipe
// throughput. Contenders: @n10/fs on the host node (through the binding), the n10 runtime's
// require('fs'), the host node's own fs, and node 0.10's (the oracle). Ratios are n10 ÷ other
// (>1: n10 faster); targets: >= 1.0x node 0.10 and >= 0.8x node 20.
//
// The fixtures (a 1 KiB file, a 64 MiB file, a directory of 1000 small files) are made once by
// prepare() in the harness's process, in a fresh directory under the OS temp dir that every
// contender finds through N10_FS_BENCH_DIR, and removed when the harness exits. Writes go to
// per-process files there, removed at each contender's exit.
var path = require('path');

var KIB = 1024;
var MIB = 1024 * 1024;
var BIG = 64 * MIB;
var MANY = 1000;

exports.prepare = function () {
  var fs = require('fs');
  var os = require('os');
  var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-fs-bench-'));
  var small = Buffer.alloc(KIB, 'a');
  fs.writeFileSync(path.join(dir, 'small'), small);
  var chunk = Buffer.alloc(MIB);
  for (var i = 0; i < chunk.length; i++) chunk[i] = i % 251;
  var fd = fs.openSync(path.join(dir, 'big'), 'w');
  for (var m = 0; m < BIG / MIB; m++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  fs.mkdirSync(path.join(dir, 'many'));
  for (var k = 0; k < MANY; k++) fs.writeFileSync(path.join(dir, 'many', 'f' + k), 'x');
  process.env.N10_FS_BENCH_DIR = dir;
  process.on('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
};

function fixtures(fs, B) {
  var dir = process.env.N10_FS_BENCH_DIR;
  if (!dir) throw new Error('run through benchmarks/run.mjs (fixtures come from prepare())');
  var own = path.join(dir, 'out-' + process.pid);
  fs.mkdirSync(own);
  process.on('exit', function () {
    fs.readdirSync(own).forEach(function (f) { fs.unlinkSync(path.join(own, f)); });
    fs.rmdirSync(own);
  });
  var manyFiles = [];
  for (var k = 0; k < MANY; k++) manyFiles.push(path.join(dir, 'many', 'f' + k));
  var small = new B(KIB);
  small.fill(98);
  var big = new B(BIG);
  big.fill(99);
  return { dir: dir, own: own, small: small, big: big, manyFiles: manyFiles };
}

function contender(fs, Writable, B) {
  return { fs: fs, Writable: Writable, Buffer: B, f: fixtures(fs, B) };
}

exports.contenders = {
  n10: {
    runtime: 'host',
    load: function () {
      return contender(require(path.join(__dirname, '../packages/fs')), require(path.join(__dirname, '../packages/stream')).Writable,
        require(path.join(__dirname, '../packages/buffer')).Buffer);
    }
  },
  'n10 runtime': { runtime: 'n10', load: function () { return contender(require('fs'), require('stream').Writable, Buffer); } },
  'node 20': { runtime: 'host', load: function () { return contender(require('fs'), require('stream').Writable, Buffer); } },
  'node 0.10': { runtime: 'oracle', load: function () { return contender(require('fs'), require('stream').Writable, Buffer); } }
};

// n operations one after another; op(i, cb).
function sequential(op) {
  return function (n, done) {
    var i = 0;
    (function next(err) {
      if (err) throw err;
      if (i === n) return done();
      op(i++, next);
    })();
  };
}

exports.cases = {
  'readFile 1 KiB': function (impl) {
    var file = path.join(impl.f.dir, 'small');
    return sequential(function (i, cb) { impl.fs.readFile(file, cb); });
  },
  'readFileSync 1 KiB': function (impl) {
    var file = path.join(impl.f.dir, 'small');
    return function (n) { for (var i = 0; i < n; i++) impl.fs.readFileSync(file); };
  },
  'writeFile 1 KiB': function (impl) {
    var file = path.join(impl.f.own, 'small-out');
    return sequential(function (i, cb) { impl.fs.writeFile(file, impl.f.small, cb); });
  },
  'readFile 64 MiB': function (impl) {
    var file = path.join(impl.f.dir, 'big');
    return sequential(function (i, cb) {
      impl.fs.readFile(file, function (err, data) {
        if (!err && data.length !== BIG) err = new Error('short read');
        cb(err);
      });
    });
  },
  'writeFile 64 MiB': function (impl) {
    var file = path.join(impl.f.own, 'big-out');
    return sequential(function (i, cb) { impl.fs.writeFile(file, impl.f.big, cb); });
  },
  'stat 1000 files (all at once)': function (impl) {
    var files = impl.f.manyFiles;
    return sequential(function (i, cb) {
      var left = files.length;
      files.forEach(function (f) {
        impl.fs.stat(f, function (err) {
          if (err) throw err;
          if (--left === 0) cb();
        });
      });
    });
  },
  'statSync 1000 files': function (impl) {
    var files = impl.f.manyFiles;
    return function (n) {
      for (var i = 0; i < n; i++) for (var k = 0; k < files.length; k++) impl.fs.statSync(files[k]);
    };
  },
  'ReadStream pipe 64 MiB': function (impl) {
    var file = path.join(impl.f.dir, 'big');
    return sequential(function (i, cb) {
      var got = 0;
      var sink = new impl.Writable();
      sink._write = function (chunk, enc, next) { got += chunk.length; next(); };
      sink.on('finish', function () { cb(got === BIG ? null : new Error('short stream')); });
      impl.fs.createReadStream(file).pipe(sink);
    });
  }
};
