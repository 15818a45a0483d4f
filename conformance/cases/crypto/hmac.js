// createHmac: names, keys (Buffer, 'binary' string, long, empty), encodings, errors.
// (Generated from packages/crypto/test/diff/hmac.js: the same program, helpers inlined.)
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
var names = ['md4', 'md5', 'mdc2', 'sha', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'ripemd160', 'RSA-SHA256',
  'DSA', 'dss1', 'ssl3-md5', 'SHA512', 'rsa-sha256', 'foo'];
seed(3);
var keys = [rbuf(0), rbuf(1), rbuf(20), rbuf(64), rbuf(65), rbuf(128), rbuf(129), rbuf(300), 'key', '\u00e9\u0100', ''];
var datas = [rbuf(0), rbuf(3), rbuf(64), rbuf(200), 'abc', '\u00e9'];
for (var i = 0; i < names.length; i++) {
  for (var k = 0; k < keys.length; k++) {
    (function (n, key) {
      t('hmac ' + n + ' key' + (typeof key === 'string' ? q(key) : key.length), function () {
        var r = [];
        for (var d = 0; d < datas.length; d++) r.push(crypto.createHmac(n, key).update(datas[d]).digest('hex'));
        return r.join(',');
      });
    })(names[i], keys[k]);
  }
}
t('no key', function () { return crypto.createHmac('md5'); });
t('bad name no key', function () { return crypto.createHmac('foo'); });
t('number key', function () { return crypto.createHmac('md5', 12); });
t('null key', function () { return crypto.createHmac('md5', null); });
t('object key', function () { return crypto.createHmac('md5', {}); });
t('no algorithm', function () { return crypto.createHmac(); });
t('number algorithm', function () { return crypto.createHmac(5, 'k'); });
t('digest twice', function () { var h = crypto.createHmac('md5', 'k'); h.digest(); return h.digest(); });
t('digest twice hex', function () { var h = crypto.createHmac('md5', 'k'); h.digest(); return h.digest('hex'); });
t('digest twice base64', function () { var h = crypto.createHmac('md5', 'k'); h.digest(); return h.digest('base64'); });
t('update after digest', function () { var h = crypto.createHmac('md5', 'k'); h.digest(); return h.update('x'); });
t('update number', function () { return crypto.createHmac('md5', 'k').update(1); });
t('update odd hex', function () { return crypto.createHmac('md5', 'k').update('abc', 'hex'); });
t('update utf8', function () { return crypto.createHmac('md5', 'k').update('\u00e9', 'utf8').digest('hex'); });
t('digest bogus', function () { return crypto.createHmac('md5', 'k').digest('bogus'); });
t('digest ucs2', function () { return crypto.createHmac('md5', 'k').digest('ucs2'); });
t('chained', function () { return crypto.createHmac('sha1', 'k').update('a').update('b').update(new Buffer('c')).digest('base64'); });
t('inspect', function () { return util.inspect(crypto.createHmac('md5', 'k')); });
t('instanceof', function () { return [crypto.Hmac('md5', 'k') instanceof crypto.Hmac, crypto.createHmac('md5', 'k') instanceof crypto.Hash]; });
finish();
