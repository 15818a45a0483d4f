// pbkdf2 / pbkdf2Sync: RFC 6070 vectors, string and Buffer inputs, 0.10's argument checks.
// (Generated from packages/crypto/test/diff/pbkdf2.js: the same program, helpers inlined.)
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
t('rfc6070 1', function () { return crypto.pbkdf2Sync('password', 'salt', 1, 20).toString('hex'); });
t('rfc6070 2', function () { return crypto.pbkdf2Sync('password', 'salt', 2, 20).toString('hex'); });
t('rfc6070 4096', function () { return crypto.pbkdf2Sync('password', 'salt', 4096, 20).toString('hex'); });
t('rfc6070 long', function () { return crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).toString('hex'); });
t('rfc6070 nul', function () { return crypto.pbkdf2Sync('pass\u0000word', 'sa\u0000lt', 4096, 16).toString('hex'); });
t('binary string', function () { return crypto.pbkdf2Sync('p\u00e9', 's\u0100', 3, 50); });
t('buffers', function () { return crypto.pbkdf2Sync(new Buffer([1, 2, 255]), new Buffer(0), 2, 41); });
t('long password', function () { var b = new Buffer(200); b.fill(7); return crypto.pbkdf2Sync(b, 'salt', 2, 64); });
var args = [
  ['p', 's', 0, 8], ['p', 's', -1, 8], ['p', 's', 1, -1], ['p', 's', 1, 0], ['p', 's', '1', 8], ['p', 's', 'a', 8],
  ['p', 's', 1, '8'], ['p', 's', 1.5, 8], ['p', 's', 1, 8.5], ['p', 's', 1], ['p', 's'], ['p'], [], [1, 's', 1, 8],
  ['p', 1, 1, 8], [null, 's', 1, 8], ['p', 's', 1, 8, 'x'], ['p', 's', 2147483648, 1], ['p', 's', 1, 2147483648],
  ['p', 's', 1, null], ['p', 's', null, 8], ['p', 's', true, 8], ['p', 's', -1, 'x'], ['p', 's', 'x', -1],
  [5, 's', 'x', -1], ['p', 's', NaN, 8], ['p', 's', 1, NaN], ['p', 's', 4294967297, 3]
];
for (var i = 0; i < args.length; i++) {
  (function (a) {
    t('sync ' + show(a), function () { return crypto.pbkdf2Sync.apply(crypto, a); });
  })(args[i]);
}
t('async no callback', function () { return crypto.pbkdf2('p', 's', 1, 8); });
t('async string callback', function () { return crypto.pbkdf2('p', 's', 1, 8, 'x'); });
t('async bad iterations', function () { return crypto.pbkdf2('p', 's', -1, 8, function () {}); });
t('async bad password', function () { return crypto.pbkdf2(5, 's', 1, 8, function () {}); });
var order = [];
t('async returns', function () {
  return crypto.pbkdf2('password', 'salt', 2, 20, function (err, key) {
    order.push('callback ' + arguments.length + ' ' + show(err) + ' ' + show(key) + ' ' + Object.keys(this).join(','));
    crypto.pbkdf2('p', 's', 0, 3, function (err, key) {
      order.push('second ' + show(err) + ' ' + show(key));
      out(order.join(' | '));
      finish();
    });
  });
});
order.push('sync after');
