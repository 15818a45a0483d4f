// zlib: gzip and gunzip of 1 KiB and 1 MiB through the convenience methods, and streaming
// deflate throughput (64 KiB writes into a Deflate stream). n10 is @n10/zlib (with
// @n10/buffer's Buffers and @n10/stream) on the host node, which finds @n10/binding there
// (decompression and the convenience methods' compression native); n10 portable the same
// without the binding (pako for everything, as in a browser bundle); also the n10 runtime's
// require('zlib'), the host's native zlib, pako itself (synchronous, no streams), browserify-zlib
// (what bundlers give for require('zlib')) and node 0.10's native zlib (the oracle). Ratios are
// n10 ÷ other (>1: n10 faster); target: >= 1.0x browserify-zlib.
//
// The data is text-like (about 3.5:1 at the default level), the same bytes for everyone.
var path = require('path');

var KIB = 1024;
var MIB = 1024 * 1024;

// Deterministic text: words from a small vocabulary, xorshift-picked.
function makeText(B, n, seed) {
  var words = ['the ', 'quick ', 'brown ', 'fox ', 'jumps ', 'over ', 'lazy ', 'dog ', 'zlib ', 'node ', 'stream ', '\n', 'of ', 'a ',
    'compression ', 'level ', 'window ', 'buffer ', 'data ', '0.10 ', 'deflate ', 'inflate '];
  var x = seed >>> 0 || 1;
  var b = new B(n);
  var i = 0;
  while (i < n) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    var w = words[x % words.length];
    for (var k = 0; k < w.length && i < n; k++) b[i++] = w.charCodeAt(k);
  }
  return b;
}

// A contender: { B, gzip(buf, cb), gunzip(buf, cb), createDeflate() } or, for pako, sync calls.
function nodeStyle(zlib, B) {
  return {
    B: B,
    gzip: function (buf, cb) { zlib.gzip(buf, cb); },
    gunzip: function (buf, cb) { zlib.gunzip(buf, cb); },
    createDeflate: function () { return zlib.createDeflate(); }
  };
}

function fixtures(impl) {
  var small = makeText(impl.B, KIB, 7);
  var big = makeText(impl.B, MIB, 8);
  var chunk = makeText(impl.B, 64 * KIB, 9);
  return { small: small, big: big, chunk: chunk };
}

exports.contenders = {
  n10: {
    runtime: 'host',
    load: function () {
      return nodeStyle(require(path.join(__dirname, '../packages/zlib')), require(path.join(__dirname, '../packages/buffer')).Buffer);
    }
  },
  // The portable build: the same packages with no @n10/binding to find (pako for everything),
  // as in a browser bundle.
  'n10 portable': {
    runtime: 'host',
    load: function () {
      var bindingPath = require.resolve('@n10/binding', { paths: [path.join(__dirname, '../packages/process')] });
      var Module = require('module');
      var stub = new Module(bindingPath);
      stub.loaded = true;
      stub.exports = {};
      require.cache[bindingPath] = stub;
      return nodeStyle(require(path.join(__dirname, '../packages/zlib')), require(path.join(__dirname, '../packages/buffer')).Buffer);
    }
  },
  'n10 runtime': { runtime: 'n10', load: function () { return nodeStyle(require('zlib'), Buffer); } },
  'node 20': { runtime: 'host', load: function () { return nodeStyle(require('zlib'), Buffer); } },
  pako: {
    runtime: 'host',
    load: function () {
      var pako = require(path.join(__dirname, '../packages/zlib/node_modules/pako'));
      return {
        B: Buffer,
        sync: true,
        gzip: function (buf) { return pako.gzip(buf); },
        gunzip: function (buf) { return pako.ungzip(buf); },
        Deflate: pako.Deflate
      };
    }
  },
  'browserify-zlib': { runtime: 'host', load: function () { return nodeStyle(require('browserify-zlib'), Buffer); } },
  'node 0.10': { runtime: 'oracle', load: function () { return nodeStyle(require('zlib'), Buffer); } }
};

// n round trips of op(cb) one after another.
function sequential(op) {
  return function (n, done) {
    var i = 0;
    (function next(err) {
      if (err) throw err;
      if (i === n) return done();
      i++;
      op(next);
    })();
  };
}

function compressCase(size) {
  return function (impl) {
    var f = fixtures(impl);
    var input = size === 'small' ? f.small : f.big;
    if (impl.sync) return function (n) { for (var i = 0; i < n; i++) impl.gzip(input); };
    return sequential(function (cb) { impl.gzip(input, function (err) { cb(err); }); });
  };
}

function decompressCase(size) {
  return function (impl) {
    var f = fixtures(impl);
    var input = size === 'small' ? f.small : f.big;
    if (impl.sync) {
      var packedSync = impl.gzip(input);
      return function (n) { for (var i = 0; i < n; i++) impl.gunzip(packedSync); };
    }
    var packed = null;
    return function (n, done) {
      function go() { sequential(function (cb) { impl.gunzip(packed, function (err) { cb(err); }); })(n, done); }
      if (packed) return go();
      impl.gzip(input, function (err, r) {
        if (err) throw err;
        packed = r;
        go();
      });
    };
  };
}

// One op: one deflate stream of `mib` MiB written as 64 KiB writes, output consumed (ops run
// one after another).
function streamingCase(mib) {
  return function (impl) {
    var f = fixtures(impl);
    var writes = mib * 16;
    if (impl.sync) {
      return function (n) {
        for (var k = 0; k < n; k++) {
          var d = new impl.Deflate();
          d.onData = function () {};
          for (var i = 0; i < writes; i++) d.push(f.chunk, false);
          d.push(new Uint8Array(0), true);
        }
      };
    }
    return sequential(function (cb) {
      var z = impl.createDeflate();
      var i = 0;
      z.on('data', function () {});
      z.on('end', function () { cb(); });
      function write() {
        while (i < writes) {
          i++;
          if (!z.write(f.chunk)) return z.once('drain', write);
        }
        z.end();
      }
      write();
    });
  };
}

exports.cases = {
  'gzip 1 KiB (ops/s)': compressCase('small'),
  'gunzip 1 KiB (ops/s)': decompressCase('small'),
  'gzip 1 MiB (MiB/s)': compressCase('big'),
  'gunzip 1 MiB (MiB/s)': decompressCase('big'),
  'streaming deflate, 64 KiB writes (MiB/s)': streamingCase(1),
  // Past 1 MiB a native n10 stream keeps no copy of its input and stays native (native-deflate.ts).
  'streaming deflate, 16 MiB streams (streams/s)': streamingCase(16)
};
