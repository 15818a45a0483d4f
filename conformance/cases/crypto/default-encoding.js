// crypto.DEFAULT_ENCODING: the encoding of results and of string inputs given none.
// (Generated from packages/crypto/test/diff/default-encoding.js: the same program, helpers inlined.)
var __lines = [];
function out(s) { __lines.push(s); }
function finish() { console.log(__lines.join('\n')); }
function q(s) {
  var r = '"';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) r += s.charAt(i);
    else { var h = c.toString(16); r += '\\u' + '0000'.slice(h.length) + h; }
  }
  return r + '"';
}
function hexOf(b) { var r = ''; for (var i = 0; i < b.length; i++) r += (b[i] < 16 ? '0' : '') + b[i].toString(16); return r; }
function show(v) {
  if (typeof v === 'string') return q(v);
  if (v === null || typeof v !== 'object') return String(v);
  if (Buffer.isBuffer(v)) return (v.constructor && v.constructor.name === 'SlowBuffer' ? 'S' : 'B') + '<' + hexOf(v) + '>' + v.length;
  if (v instanceof Error) return 'E:' + v.name + ':' + v.message;
  if (Array.isArray(v)) { var a = []; for (var i = 0; i < v.length; i++) a.push(show(v[i])); return '[' + a.join(',') + ']'; }
  return 'object';
}
function tryit(f) { try { return show(f()); } catch (e) { return show(e); } }
function t(label, f) { out(label + ' => ' + tryit(f)); }
var __seed = 0x9e3779b9;
function seed(s) { __seed = s >>> 0 || 1; }
function rnd(n) { var x = __seed; x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; __seed = x; return x % n; }
function rbuf(n) { var b = new Buffer(n); for (var i = 0; i < n; i++) b[i] = rnd(256); return b; }
function fixture(name) { return require('fs').readFileSync(__dirname + '/fixtures/' + name, 'utf8'); }
// Deterministic parts only: what needs entropy is in entropy.js.
var ENTROPY = false;
var crypto = require('crypto');
var values = ['buffer', 'binary', 'hex', 'base64', 'utf8', 'bogus', '', undefined, null, 'HEX'];
for (var i = 0; i < values.length; i++) {
  crypto.DEFAULT_ENCODING = values[i];
  var v = String(values[i]);
  t(v + ' digest', function () { return crypto.createHash('md5').update('616263').digest(); });
  t(v + ' hmac', function () { return crypto.createHmac('md5', '6b').update('616263').digest(); });
  t(v + ' stream', function () { var h = crypto.createHash('md5'); h.end('abc'); return h.read(); });
  t(v + ' pbkdf2Sync', function () { return crypto.pbkdf2Sync('70', '73', 1, 8); });
  t(v + ' explicit buffer', function () { return crypto.createHash('md5').update('abc', 'binary').digest('buffer'); });
}
crypto.DEFAULT_ENCODING = 'hex';
crypto.pbkdf2('p', 's', 1, 8, function (err, key) {
  out('async hex ' + show(key));
  crypto.DEFAULT_ENCODING = 'buffer';
  finish();
});
