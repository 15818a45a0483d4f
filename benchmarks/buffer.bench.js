// @n10/buffer against the host's Buffer, the npm `buffer` package (feross) and node 0.10's own;
// 'n10 runtime' is the global Buffer of a program run by the n10 executable.
// ES5 so that it runs under the oracle too. Every contender is driven through the 0.10 API
// (new Buffer(...), buf.write, buf.toString…), which all four implement.
var contenders = {
  n10: { runtime: 'host', load: function () { return require('@n10/buffer').Buffer; } },
  // The same without @n10/binding (as in a browser, or where the optional binding is not
  // installed): every codec in JavaScript.
  'n10 portable': {
    runtime: 'host',
    load: function () {
      var id = require.resolve('@n10/binding');
      require.cache[id] = { id: id, filename: id, loaded: true, exports: {} };
      return require('@n10/buffer').Buffer;
    },
  },
  'node 20': { runtime: 'host', load: function () { return Buffer; } },
  'buffer (npm)': { runtime: 'host', load: function () { return require('buffer/').Buffer; } },
  'node 0.10': { runtime: 'oracle', load: function () { return Buffer; } },
  // The program's Buffer under the n10 executable (@n10/buffer's built dist, host engine).
  'n10 runtime': { runtime: 'n10', load: function () { return require('buffer').Buffer; } },
};

function repeat(s, n) {
  var out = '';
  while (out.length < n) out += s;
  return out.slice(0, n);
}
var ASCII_1K = repeat('The quick brown fox jumps over the lazy dog. ', 1024);
var MIXED_1K = repeat('h\u00e9llo w\u00f6rld \u20ac \u2713 \ud83d\ude00 na\u00efve ', 700); // ~1 KB as UTF-8
var ASCII_16 = 'Content-Length: ';
var sink;

function bytes(B, n, seed) {
  var b = new B(n);
  for (var i = 0; i < n; i++) b[i] = (i * 31 + seed) & 255;
  return b;
}

var cases = {
  'toString utf8 ascii 16B': function (B) {
    var b = new B(ASCII_16);
    return function (n) { for (var i = 0; i < n; i++) sink = b.toString(); };
  },
  'toString utf8 ascii 1KB': function (B) {
    var b = new B(ASCII_1K);
    return function (n) { for (var i = 0; i < n; i++) sink = b.toString(); };
  },
  'toString utf8 mixed 1KB': function (B) {
    var b = new B(MIXED_1K);
    return function (n) { for (var i = 0; i < n; i++) sink = b.toString('utf8'); };
  },
  'write utf8 ascii 16B': function (B) {
    var b = new B(64);
    return function (n) { for (var i = 0; i < n; i++) sink = b.write(ASCII_16, 8); };
  },
  'write utf8 ascii 1KB': function (B) {
    var b = new B(4096);
    return function (n) { for (var i = 0; i < n; i++) sink = b.write(ASCII_1K); };
  },
  'write utf8 mixed 1KB': function (B) {
    var b = new B(4096);
    return function (n) { for (var i = 0; i < n; i++) sink = b.write(MIXED_1K); };
  },
  'new Buffer(utf8 mixed 1KB)': function (B) {
    return function (n) { for (var i = 0; i < n; i++) sink = new B(MIXED_1K); };
  },
  'byteLength utf8 mixed 1KB': function (B) {
    return function (n) { for (var i = 0; i < n; i++) sink = B.byteLength(MIXED_1K); };
  },
  'toString base64 1KB': function (B) {
    var b = bytes(B, 1024, 1);
    return function (n) { for (var i = 0; i < n; i++) sink = b.toString('base64'); };
  },
  'new Buffer(base64 1KB)': function (B) {
    var s = bytes(B, 1024, 2).toString('base64');
    return function (n) { for (var i = 0; i < n; i++) sink = new B(s, 'base64'); };
  },
  'toString hex 1KB': function (B) {
    var b = bytes(B, 1024, 3);
    return function (n) { for (var i = 0; i < n; i++) sink = b.toString('hex'); };
  },
  'new Buffer(hex 1KB)': function (B) {
    var s = bytes(B, 1024, 4).toString('hex');
    return function (n) { for (var i = 0; i < n; i++) sink = new B(s, 'hex'); };
  },
  'readUInt32LE ×256': function (B) {
    var b = bytes(B, 1024, 5);
    return function (n) {
      var acc = 0;
      for (var i = 0; i < n; i++) for (var o = 0; o < 1024; o += 4) acc = (acc + b.readUInt32LE(o)) | 0;
      sink = acc;
    };
  },
  'writeDoubleBE ×128': function (B) {
    var b = new B(1024);
    return function (n) {
      for (var i = 0; i < n; i++) for (var o = 0; o < 1024; o += 8) b.writeDoubleBE(o * 1.5 + i, o);
      sink = b;
    };
  },
  slice: function (B) {
    var b = bytes(B, 1024, 6);
    return function (n) { for (var i = 0; i < n; i++) sink = b.slice(i & 255, 512 + (i & 255)); };
  },
  'concat 8×128B': function (B) {
    var list = [];
    for (var k = 0; k < 8; k++) list.push(bytes(B, 128, k));
    return function (n) { for (var i = 0; i < n; i++) sink = B.concat(list); };
  },
  'copy 1KB': function (B) {
    var src = bytes(B, 1024, 7);
    var dst = new B(2048);
    return function (n) { for (var i = 0; i < n; i++) sink = src.copy(dst, i & 511); };
  },
};

module.exports = { contenders: contenders, cases: cases };
