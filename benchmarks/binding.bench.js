// @n10/binding: the cost of the native path itself, against what the host and node 0.10 do
// for the same work. n10 here is the raw binding (no stream/fs/crypto/zlib policy on top): a
// callback is napi_make_callback + the n10 tick queue, a read copies into a fresh
// ArrayBuffer; crypto is the host's OpenSSL through Hash/CipherBase, zlib the host's zlib
// through Zlib (writeSync, or write on the thread pool), against the host's crypto/zlib
// modules and node 0.10's.
// Ratios are n10 ÷ other (>1: n10 faster).
var path = require('path');

function node() {
  return { kind: 'node', net: require('net'), fs: require('fs'), crypto: require('crypto'), zlib: require('zlib') };
}

// Deterministic bytes, some repetition (compressible about 3:1). ES5 and node 0.10 Buffers.
function sampleBytes(n) {
  var b = Buffer.alloc ? Buffer.alloc(n) : new Buffer(n);
  var words = ['node ', 'zlib ', 'crypto ', 'binding ', 'n10 ', '0.10 ', 'stream ', 'buffer '];
  var x = 1;
  var i = 0;
  while (i < n) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    if (x % 5 === 0) {
      b[i++] = x & 0xff;
      continue;
    }
    var w = words[x % words.length];
    for (var j = 0; j < w.length && i < n; j++) b[i++] = w.charCodeAt(j);
  }
  return b;
}

var KIB64 = sampleBytes(64 * 1024);
var MIB = sampleBytes(1024 * 1024);
var KEY = sampleBytes(32);
var IV = sampleBytes(16);
var CHUNK = 16 * 1024; // the host's zlib chunkSize

exports.contenders = {
  n10: { runtime: 'host', load: function () { return { kind: 'n10', b: require(path.join(__dirname, '../packages/binding')) }; } },
  'node 20': { runtime: 'host', load: node },
  'node 0.10': { runtime: 'oracle', load: node }
};

// TCP ping-pong over loopback: one 64-byte message each way per op (latency-bound: every op
// is a read callback on each side and a write on each side).
function pingPong(impl) {
  var msg = new Array(65).join('x');
  if (impl.kind === 'n10') {
    var b = impl.b;
    return function (n, done) {
      var server = new b.TCP();
      server.bind('127.0.0.1', 0);
      server.listen(1);
      var addr = {};
      server.getsockname(addr);
      server.onconnection = function (status, peer) {
        peer.onread = function (nread) {
          if (nread > 0) peer.writeLatin1String({ oncomplete: function () {} }, msg);
          else peer.close();
        };
        peer.readStart();
      };
      var client = new b.TCP();
      var left = n;
      var got = 0;
      client.onread = function (nread) {
        if (nread <= 0) return;
        got += nread;
        if (got < 64) return;
        got = 0;
        if (--left === 0) {
          client.close();
          server.close(function () { done(); });
          return;
        }
        client.writeLatin1String({ oncomplete: function () {} }, msg);
      };
      client.connect({
        oncomplete: function () {
          client.readStart();
          client.writeLatin1String({ oncomplete: function () {} }, msg);
        }
      }, '127.0.0.1', addr.port);
    };
  }
  var net = impl.net;
  return function (n, done) {
    var server = net.createServer(function (s) {
      s.on('data', function () { s.write(msg); });
    });
    server.listen(0, '127.0.0.1', function () {
      var c = net.connect(server.address().port, '127.0.0.1');
      var left = n;
      var got = 0;
      c.on('data', function (d) {
        got += d.length;
        if (got < 64) return;
        got = 0;
        if (--left === 0) {
          c.destroy();
          server.close(function () { done(); });
          return;
        }
        c.write(msg);
      });
      c.on('connect', function () { c.write(msg); });
    });
  };
}

// n10's deflate of `input` with its Zlib handle, as the host's deflateSync does it: all the
// input with Z_FINISH, fresh 16 KiB output buffers.
function n10DeflateSync(b, input) {
  var Z = b.constants.zlib;
  var z = new b.Zlib(Z.DEFLATE);
  z.init(15, Z.Z_DEFAULT_COMPRESSION, 8, Z.Z_DEFAULT_STRATEGY);
  var out = [];
  var off = 0;
  var left = input.length;
  for (;;) {
    var chunk = new Uint8Array(CHUNK);
    var r = z.writeSync(Z.Z_FINISH, input, off, left, chunk, 0, CHUNK);
    out.push(chunk.subarray(0, CHUNK - r[0]));
    off += left - r[1];
    left = r[1];
    if (r[0] !== 0) break;
  }
  z.close();
  return out;
}

// The same on the thread pool, one write at a time (0.10's zlib.js loop).
function n10Deflate(b, input, cb) {
  var Z = b.constants.zlib;
  var z = new b.Zlib(Z.DEFLATE);
  z.init(15, Z.Z_DEFAULT_COMPRESSION, 8, Z.Z_DEFAULT_STRATEGY);
  var out = [];
  var off = 0;
  var left = input.length;
  function step() {
    var chunk = new Uint8Array(CHUNK);
    z.write(Z.Z_FINISH, input, off, left, chunk, 0, CHUNK, {
      oncomplete: function (availOut, availIn) {
        out.push(chunk.subarray(0, CHUNK - availOut));
        off += left - availIn;
        left = availIn;
        if (availOut === 0) return step();
        z.close();
        cb(out);
      }
    });
  }
  step();
}

exports.cases = {
  'sha256 of 64 KiB': function (impl) {
    if (impl.kind === 'n10') {
      return function (n) {
        for (var i = 0; i < n; i++) {
          var h = new impl.b.Hash('sha256');
          h.update(KIB64);
          h.digest();
        }
      };
    }
    return function (n) {
      for (var i = 0; i < n; i++) impl.crypto.createHash('sha256').update(KIB64).digest();
    };
  },
  'aes-256-cbc encrypt 64 KiB': function (impl) {
    if (impl.kind === 'n10') {
      return function (n) {
        for (var i = 0; i < n; i++) {
          var c = new impl.b.CipherBase();
          c.init('aes-256-cbc', KEY, IV, true);
          c.update(KIB64);
          c.final();
        }
      };
    }
    return function (n) {
      for (var i = 0; i < n; i++) {
        var c = impl.crypto.createCipheriv('aes-256-cbc', KEY, IV);
        c.update(KIB64);
        c.final();
      }
    };
  },
  'deflate 1 MiB, sync': function (impl) {
    if (impl.kind === 'n10') return function (n) { for (var i = 0; i < n; i++) n10DeflateSync(impl.b, MIB); };
    if (!impl.zlib.deflateSync) return null; // node 0.10 had no sync zlib
    return function (n) { for (var i = 0; i < n; i++) impl.zlib.deflateSync(MIB); };
  },
  'deflate 1 MiB, thread pool': function (impl) {
    if (impl.kind === 'n10') {
      return function (n, done) {
        var left = n;
        function next() { if (left-- === 0) return done(); n10Deflate(impl.b, MIB, next); }
        next();
      };
    }
    return function (n, done) {
      var left = n;
      function next() { if (left-- === 0) return done(); impl.zlib.deflate(MIB, next); }
      next();
    };
  },
  'TCP ping-pong (64 B)': pingPong,
  'stat, sync': function (impl) {
    var p = __dirname;
    if (impl.kind === 'n10') return function (n) { for (var i = 0; i < n; i++) impl.b.stat(p); };
    return function (n) { for (var i = 0; i < n; i++) impl.fs.statSync(p); };
  },
  'stat, async (one at a time)': function (impl) {
    var p = __dirname;
    if (impl.kind === 'n10') {
      return function (n, done) {
        var left = n;
        var req = { oncomplete: function () { if (--left === 0) done(); else impl.b.stat(p, req); } };
        impl.b.stat(p, req);
      };
    }
    return function (n, done) {
      var left = n;
      function next() { if (--left === 0) done(); else impl.fs.stat(p, next); }
      impl.fs.stat(p, next);
    };
  },
  'timer callback (0 ms, re-armed)': function (impl) {
    if (impl.kind !== 'n10') {
      // The host's and 0.10's setTimeout(0) clamp to 1 ms: not the same work.
      return null;
    }
    return function (n, done) {
      var t = new impl.b.Timer();
      var left = n;
      t.ontimeout = function () {
        if (--left === 0) t.close(function () { done(); });
        else t.start(0, 0);
      };
      t.start(0, 0);
    };
  }
};
