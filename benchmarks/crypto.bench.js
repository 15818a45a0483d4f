// @n10/crypto (on OpenSSL through @n10/binding, and with N10_CRYPTO_PORTABLE=1 on its portable
// engines as a browser runs it) against the host's crypto (OpenSSL), crypto-browserify as a
// browser gets it (bundled for the browser, so its own JavaScript rather than the host's crypto
// it defers to under node) and node 0.10's crypto. ES5 so that it runs under the oracle too.
// Every contender is driven through the 0.10 API with its own Buffer.
function bundledCryptoBrowserify() {
  var esbuild = require('esbuild');
  var r = esbuild.buildSync({
    entryPoints: [require.resolve('crypto-browserify')],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    define: { global: 'globalThis' },
    // the browser field maps node's own modules; browserify would add stream/events shims here
    external: ['stream', 'events', 'string_decoder', 'util', 'vm', 'crypto'],
  });
  var m = { exports: {} };
  new Function('module', 'exports', 'require', r.outputFiles[0].text)(m, m.exports, require);
  return { crypto: m.exports, Buffer: require('buffer/').Buffer };
}

var contenders = {
  n10: { runtime: 'host', load: function () { return { crypto: require('@n10/crypto'), Buffer: require('@n10/buffer').Buffer }; } },
  'n10 portable': {
    runtime: 'host',
    load: function () {
      process.env.N10_CRYPTO_PORTABLE = '1';
      return { crypto: require('@n10/crypto'), Buffer: require('@n10/buffer').Buffer };
    },
  },
  'node 20': { runtime: 'host', load: function () { return { crypto: require('crypto'), Buffer: Buffer }; } },
  'crypto-browserify': { runtime: 'host', load: bundledCryptoBrowserify },
  'node 0.10': { runtime: 'oracle', load: function () { return { crypto: require('crypto'), Buffer: Buffer }; } },
};

var sink;

function bytes(B, n, seed) {
  var b = new B(n);
  for (var i = 0; i < n; i++) b[i] = (i * 31 + seed) & 255;
  return b;
}

function digestOnce(alg, size) {
  return function (impl) {
    var data = bytes(impl.Buffer, size, 1);
    return function (n) { for (var i = 0; i < n; i++) sink = impl.crypto.createHash(alg).update(data).digest(); };
  };
}

var cases = {
  'md5 64KiB': digestOnce('md5', 65536),
  'sha1 64KiB': digestOnce('sha1', 65536),
  'sha256 64KiB': digestOnce('sha256', 65536),
  'md5 64B': digestOnce('md5', 64),
  'sha1 64B': digestOnce('sha1', 64),
  'sha256 64B': digestOnce('sha256', 64),
  'sha1 1024 updates of 64B': function (impl) {
    var data = bytes(impl.Buffer, 64, 2);
    return function (n) {
      for (var i = 0; i < n; i++) {
        var h = impl.crypto.createHash('sha1');
        for (var j = 0; j < 1024; j++) h.update(data);
        sink = h.digest();
      }
    };
  },
  'sha1 hex of a 64B string': function (impl) {
    var s = 'The quick brown fox jumps over the lazy dog, twice as quickly!!!';
    return function (n) { for (var i = 0; i < n; i++) sink = impl.crypto.createHash('sha1').update(s, 'utf8').digest('hex'); };
  },
  'hmac-sha256 64B': function (impl) {
    var key = bytes(impl.Buffer, 32, 3);
    var data = bytes(impl.Buffer, 64, 4);
    return function (n) { for (var i = 0; i < n; i++) sink = impl.crypto.createHmac('sha256', key).update(data).digest(); };
  },
  'hmac-sha256 64KiB': function (impl) {
    var key = bytes(impl.Buffer, 32, 3);
    var data = bytes(impl.Buffer, 65536, 4);
    return function (n) { for (var i = 0; i < n; i++) sink = impl.crypto.createHmac('sha256', key).update(data).digest(); };
  },
  'aes-256-cbc encrypt 64KiB': function (impl) {
    var key = bytes(impl.Buffer, 32, 5);
    var iv = bytes(impl.Buffer, 16, 6);
    var data = bytes(impl.Buffer, 65536, 7);
    return function (n) {
      for (var i = 0; i < n; i++) {
        var c = impl.crypto.createCipheriv('aes-256-cbc', key, iv);
        sink = c.update(data);
        sink = c.final();
      }
    };
  },
  'aes-256-cbc decrypt 64KiB': function (impl) {
    var key = bytes(impl.Buffer, 32, 5);
    var iv = bytes(impl.Buffer, 16, 6);
    var c = impl.crypto.createCipheriv('aes-256-cbc', key, iv);
    var data = impl.Buffer.concat([c.update(bytes(impl.Buffer, 65536, 7)), c.final()]);
    return function (n) {
      for (var i = 0; i < n; i++) {
        var d = impl.crypto.createDecipheriv('aes-256-cbc', key, iv);
        sink = d.update(data);
        sink = d.final();
      }
    };
  },
  'aes-128-ctr 64KiB': function (impl) {
    var key = bytes(impl.Buffer, 16, 5);
    var iv = bytes(impl.Buffer, 16, 6);
    var data = bytes(impl.Buffer, 65536, 7);
    return function (n) {
      for (var i = 0; i < n; i++) sink = impl.crypto.createCipheriv('aes-128-ctr', key, iv).update(data);
    };
  },
  'pbkdf2Sync sha1 1000 iterations': function (impl) {
    return function (n) { for (var i = 0; i < n; i++) sink = impl.crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha1'); };
  },
  // four at a time, on the thread pool where the contender has one (node 20 wants the digest)
  'pbkdf2 sha1 1000 iterations, 4 in flight': function (impl, label) {
    var args = label === 'node 20' ? ['password', 'salt', 1000, 32, 'sha1'] : ['password', 'salt', 1000, 32];
    return function (n, done) {
      var started = 0;
      var finished = 0;
      function next() {
        if (started === n) return;
        started++;
        impl.crypto.pbkdf2.apply(impl.crypto, args.concat([function (err, key) {
          sink = key;
          if (++finished === n) done();
          else next();
        }]));
      }
      for (var i = 0; i < 4; i++) next();
    };
  },
};

module.exports = { contenders: contenders, cases: cases };
