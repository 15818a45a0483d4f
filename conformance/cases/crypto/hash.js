// createHash: every name 0.10 accepts (and near misses), input and output encodings, errors.
// (Generated from packages/crypto/test/diff/hash.js: the same program, helpers inlined.)
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
var util = require('util');
// 0.10's getHashes() list, less the digest n10 lacks (whirlpool: see the README).
var names = ['DSA-SHA1-old', 'dsa', 'dsa-sha', 'dsa-sha1', 'dsaEncryption', 'dsaWithSHA', 'dsaWithSHA1', 'dss1',
  'ecdsa-with-SHA1', 'md4', 'md4WithRSAEncryption', 'md5', 'md5WithRSAEncryption', 'mdc2', 'mdc2WithRSA', 'ripemd', 'ripemd160',
  'ripemd160WithRSA', 'rmd160', 'rsa-md4', 'rsa-md5', 'rsa-mdc2', 'rsa-ripemd160', 'rsa-sha', 'rsa-sha1', 'rsa-sha1-2',
  'rsa-sha224', 'rsa-sha256', 'rsa-sha384', 'rsa-sha512', 'sha', 'sha1', 'sha1WithRSAEncryption', 'sha224',
  'sha224WithRSAEncryption', 'sha256', 'sha256WithRSAEncryption', 'sha384', 'sha384WithRSAEncryption', 'sha512',
  'sha512WithRSAEncryption', 'shaWithRSAEncryption', 'ssl2-md5', 'ssl3-md5', 'ssl3-sha1'];
var extra = ['DSA', 'DSA-SHA', 'DSA-SHA1', 'DSS1', 'MD4', 'MD5', 'MDC2', 'RSA-MDC2', 'RIPEMD160', 'RSA-MD4', 'RSA-MD5',
  'RSA-RIPEMD160', 'RSA-SHA', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384',
  'RSA-SHA512', 'SHA', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'Sha256', 'sha-1', 'foo', '',
  'constructor', 'toString', '__proto__', 'hasOwnProperty'];
var all = names.concat(extra);
seed(7);
var inputs = [rbuf(0), rbuf(1), rbuf(55), rbuf(56), rbuf(64), rbuf(111), rbuf(112), rbuf(129), rbuf(1000)];
for (var i = 0; i < all.length; i++) {
  var n = all[i];
  t('hash ' + n + ' abc', function () { return crypto.createHash(n).update('abc').digest('hex'); });
  if (!/^(whirlpool|rsa-|dsa$|dsa-)/.test(n)) {
    t('hash ' + n + ' random', function () {
      var r = [];
      for (var j = 0; j < inputs.length; j++) r.push(crypto.createHash(n).update(inputs[j]).digest('base64'));
      return r.join(',');
    });
  }
}
// Chunked updates agree with one update.
seed(11);
var big = rbuf(5000);
['md4', 'md5', 'mdc2', 'sha', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'ripemd160'].forEach(function (n) {
  t('chunks ' + n, function () {
    var h = crypto.createHash(n);
    var p = 0;
    while (p < big.length) { var q = Math.min(big.length, p + 1 + rnd(200)); h.update(big.slice(p, q)); p = q; }
    return h.digest('hex');
  });
});
var strs = ['', 'abc', '\u00e9', '\u00e9\u0100', '\u0000', '\ud800', '\ud83d\ude00', 'YW Jj=', 'abcd', 'abc', 'zz', '0g', '\u00ff\u00fe'];
var encs = [undefined, null, '', 'utf8', 'utf-8', 'UTF8', 'ascii', 'binary', 'Binary', 'raw', 'raws', 'latin1', 'hex',
  'HEX', 'base64', 'BASE64', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'buffer', 'bogus', 5, {}];
for (var i = 0; i < strs.length; i++) {
  for (var j = 0; j < encs.length; j++) {
    (function (s, e) {
      t('update ' + q(s) + ' ' + String(e), function () { return crypto.createHash('md5').update(s, e).digest('hex'); });
    })(strs[i], encs[j]);
  }
}
for (var j = 0; j < encs.length; j++) {
  (function (e) {
    t('digest ' + String(e), function () { return crypto.createHash('sha1').update('abc').digest(e); });
    t('digest inspect ' + String(e), function () { return util.inspect(crypto.createHash('md5').update('x').digest(e)); });
  })(encs[j]);
}
t('update number', function () { return crypto.createHash('md5').update(1); });
t('update none', function () { return crypto.createHash('md5').update(); });
t('update null', function () { return crypto.createHash('md5').update(null); });
t('update object', function () { return crypto.createHash('md5').update({}); });
t('update array', function () { return crypto.createHash('md5').update([1, 2]); });
t('update returns this', function () { var h = crypto.createHash('md5'); return h.update('a') === h; });
t('no algorithm', function () { return crypto.createHash(); });
t('number algorithm', function () { return crypto.createHash(5); });
t('object algorithm', function () { return crypto.createHash({}); });
t('digest twice', function () { var h = crypto.createHash('md5'); h.digest(); return h.digest(); });
t('digest twice hex', function () { var h = crypto.createHash('md5'); h.digest(); return h.digest('hex'); });
t('update after digest', function () { var h = crypto.createHash('md5'); h.digest(); return h.update('a'); });
t('bad update after digest', function () { var h = crypto.createHash('md5'); h.digest(); return h.update(5); });
t('bad hex after digest', function () { var h = crypto.createHash('md5'); h.digest(); return h.update('abc', 'hex'); });
t('empty digest', function () { return crypto.createHash('sha512').digest('hex'); });
t('without new', function () { return crypto.Hash('md5') instanceof crypto.Hash; });
t('with new', function () { return new crypto.createHash('md5') instanceof crypto.Hash; });
t('inspect', function () { return util.inspect(crypto.createHash('md5')); });
t('inspect after update', function () { return util.inspect(crypto.createHash('md5').update('x')); });
t('inspect digest', function () { return util.inspect(crypto.createHash('md5').digest()); });
t('digest is SlowBuffer', function () { var d = crypto.createHash('md5').digest(); return [d.constructor.name, Buffer.isBuffer(d), d instanceof Buffer, String(d.parent), String(d.offset)]; });
t('getHashes', function () { return crypto.getHashes().join(',').replace(',whirlpool', ''); });
t('million a sha1', function () { var b = new Buffer(1000000); b.fill(97); return crypto.createHash('sha1').update(b).digest('hex'); });
finish();
