// Diffie-Hellman with fixed private keys: groups, primes given, checks, secrets, encodings.
// (Generated from packages/crypto/test/diff/dh.js: the same program, helpers inlined.)
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
var groups = ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18', 'MODP2', 'Modp14', 'modp3', '', 'modp', 5, null, undefined, {}];
for (var i = 0; i < groups.length; i++) {
  (function (g) {
    t('group ' + show(g), function () {
      var d = crypto.getDiffieHellman(g);
      return [d.getPrime('hex'), d.getGenerator('hex'), d.getPrime().length];
    });
  })(groups[i]);
}
var P = new Buffer([0x8c, 0x7b]);
var primes = [[23], [24], [11], [0, 11], [83], [59], [107], [0xff, 0xfb], [0xc7, 0x85, 0x8d, 0xab], [0xc7, 0x85, 0x8d, 0xac],
  [0xc7, 0x85, 0x8d, 0x9b], [0x8c, 0x7b], [], [1], [2], [3], [5], [7], [0x01, 0xf6, 0x5b], [0x0b, 0x9b, 0x2b], [0x09, 0x1d, 0xab]];
for (var i = 0; i < primes.length; i++) {
  (function (p) {
    t('prime ' + p.join(','), function () { var d = crypto.createDiffieHellman(new Buffer(p)); return [d.getPrime(), d.getGenerator(), d.verifyError]; });
  })(primes[i]);
}
t('modp prime refused', function () { return crypto.createDiffieHellman(crypto.getDiffieHellman('modp2').getPrime()); });
t('prime hex', function () { return crypto.createDiffieHellman('8c7b', 'hex').getPrime(); });
t('prime base64', function () { return crypto.createDiffieHellman('Cw==', 'base64').getPrime(); });
t('prime binary default', function () { return crypto.createDiffieHellman('\u000b').getPrime(); });
t('prime utf8', function () { return crypto.createDiffieHellman('\u000b', 'utf8').getPrime(); });
t('prime buffer enc', function () { return crypto.createDiffieHellman('8c7b', 'buffer').getPrime(); });
t('prime bogus enc', function () { return crypto.createDiffieHellman('8c7b', 'bogus'); });
t('prime string number', function () { return crypto.createDiffieHellman('64'); });
t('no args', function () { return crypto.createDiffieHellman(); });
t('zero', function () { return crypto.createDiffieHellman(0); });
t('negative', function () { return crypto.createDiffieHellman(-1); });
t('null', function () { return crypto.createDiffieHellman(null); });
t('empty buffer', function () { return crypto.createDiffieHellman(new Buffer(0)); });
for (var b = 1; b <= 15; b += 7) {
  (function (bits) { t('bits ' + bits, function () { return crypto.createDiffieHellman(bits).getPrime('hex'); }); })(b);
}
if (ENTROPY) t('bits 16 shape', function () { var p = crypto.createDiffieHellman(16).getPrime(); return [p.length, p[0] >= 0x80, (p[0] * 256 + p[1]) % 24]; });
if (ENTROPY) t('bits 40 shape', function () {
  var p = crypto.createDiffieHellman(40).getPrime();
  var d = crypto.createDiffieHellman(p);
  return [p.length, p[0] >= 0x80, d.getGenerator('hex')];
});
function dh() { return crypto.createDiffieHellman(P); }
t('no keys pub', function () { return dh().getPublicKey(); });
t('no keys priv', function () { return dh().getPrivateKey(); });
if (ENTROPY) t('generate shape', function () { var d = dh(); var pub = d.generateKeys(); var priv = d.getPrivateKey(); return [pub.length <= 2, priv.length, priv[0] >= 0x40, d.getPublicKey('hex') === pub.toString('hex')]; });
var privs = [[3], [0, 3], [7], [0], [1], [0x8c, 0x7a], [0xff, 0xff, 0xff]];
for (var i = 0; i < privs.length; i++) {
  (function (k) {
    t('set priv ' + k.join(','), function () { var d = dh(); d.setPrivateKey(new Buffer(k)); return [d.generateKeys(), d.getPrivateKey(), d.getPublicKey()]; });
  })(privs[i]);
}
var pubs = [[5], [1], [0], [], [2], [3], [0x8c, 0x7a], [0x8c, 0x7b], [0x8c, 0x7c], [0, 5], [0x8c, 0x79]];
for (var i = 0; i < pubs.length; i++) {
  (function (k) {
    t('secret ' + k.join(','), function () { var d = dh(); d.setPrivateKey(new Buffer([7])); return d.computeSecret(new Buffer(k)); });
    t('secret no priv ' + k.join(','), function () { return dh().computeSecret(new Buffer(k)); });
  })(pubs[i]);
}
t('secret string', function () { var d = dh(); d.setPrivateKey(new Buffer([7])); return d.computeSecret('\u0005'); });
t('secret hex hex', function () { var d = dh(); d.setPrivateKey(new Buffer([7])); return d.computeSecret('05', 'hex', 'hex'); });
t('secret null hex', function () { var d = dh(); d.setPrivateKey(new Buffer([7])); return d.computeSecret('05', null, 'hex'); });
t('secret buffer enc', function () { var d = dh(); d.setPrivateKey(new Buffer([7])); return d.computeSecret('05', 'buffer'); });
t('secret bogus in', function () { var d = dh(); d.setPrivateKey(new Buffer([7])); return d.computeSecret('05', 'bogus'); });
t('secret bogus out', function () { var d = dh(); d.setPrivateKey(new Buffer([7])); return d.computeSecret('05', 'hex', 'bogus'); });
t('secret number', function () { var d = dh(); d.setPrivateKey(new Buffer([7])); return d.computeSecret(5); });
t('secret none', function () { var d = dh(); d.setPrivateKey(new Buffer([7])); return d.computeSecret(); });
t('set returns', function () { var d = dh(); return [d.setPrivateKey(new Buffer([1])) === d, d.setPublicKey(new Buffer([1])) === d]; });
t('set number', function () { return dh().setPrivateKey(5); });
t('set none', function () { return dh().setPublicKey(); });
t('set hex', function () { var d = dh(); d.setPrivateKey('07', 'hex'); d.setPublicKey('0102', 'hex'); return [d.getPrivateKey(), d.getPublicKey()]; });
t('set bogus', function () { return dh().setPrivateKey('07', 'bogus'); });
t('set buffer enc', function () { var d = dh(); d.setPrivateKey('07', 'buffer'); return d.getPrivateKey(); });
t('pub then priv', function () { var d = dh(); d.setPublicKey(new Buffer([5])); d.setPrivateKey(new Buffer([7])); return d.generateKeys(); });
var encs = [undefined, 'hex', 'base64', 'binary', 'utf8', 'ucs2', 'buffer', 'bogus'];
for (var i = 0; i < encs.length; i++) {
  (function (e) {
    t('encodings ' + String(e), function () {
      var d = dh();
      d.setPrivateKey(new Buffer([0x12, 0x34]));
      return [d.getPrime(e), d.getGenerator(e), d.generateKeys(e), d.getPublicKey(e), d.getPrivateKey(e), d.computeSecret(new Buffer([9]), null, e)];
    });
  })(encs[i]);
}
t('group fixed keys', function () {
  var a = crypto.getDiffieHellman('modp2');
  var b = crypto.createDiffieHellman(crypto.getDiffieHellman('modp2').getPrime('hex').replace(/^/, ''), 'hex');
  return 'x';
});
t('group no setters', function () { var g = crypto.getDiffieHellman('modp1'); return [typeof g.setPublicKey, typeof g.setPrivateKey, String(g.verifyError)]; });
t('group keys before', function () { return crypto.getDiffieHellman('modp1').getPublicKey(); });
t('group secret before', function () { return crypto.getDiffieHellman('modp1').computeSecret(new Buffer([2])); });
if (ENTROPY) t('group exchange', function () {
  var a = crypto.getDiffieHellman('modp5');
  var b = crypto.getDiffieHellman('modp5');
  a.generateKeys();
  b.generateKeys();
  var s1 = a.computeSecret(b.getPublicKey(), null, 'hex');
  var s2 = b.computeSecret(a.getPublicKey(), null, 'hex');
  return [s1 === s2, s1.length, a.getPrivateKey().length, a.getPublicKey().length <= 192];
});
t('exchange', function () {
  var a = crypto.createDiffieHellman(new Buffer([0xc7, 0x85, 0x8d, 0xab]));
  var b = crypto.createDiffieHellman(a.getPrime());
  a.setPrivateKey(new Buffer([0x12, 0x34, 0x56]));
  b.setPrivateKey(new Buffer([0x65, 0x43, 0x21]));
  return [a.generateKeys('hex'), b.generateKeys('hex'), a.computeSecret(b.getPublicKey(), null, 'hex'), b.computeSecret(a.getPublicKey(), null, 'hex')];
});
t('inspect', function () { return [util.inspect(dh()), util.inspect(crypto.getDiffieHellman('modp1'))]; });
t('instanceof', function () { return [crypto.DiffieHellman(P) instanceof crypto.DiffieHellman, crypto.DiffieHellmanGroup('modp1') instanceof crypto.DiffieHellmanGroup, new crypto.getDiffieHellman('modp1') instanceof crypto.DiffieHellmanGroup]; });
crypto.DEFAULT_ENCODING = 'hex';
t('DEFAULT_ENCODING hex', function () {
  var d = crypto.createDiffieHellman('0b');
  var e = crypto.createDiffieHellman(P.toString('hex'));
  e.setPrivateKey('07');
  return [d.getPrime(), e.generateKeys(), e.computeSecret('05'), e.getGenerator()];
});
crypto.DEFAULT_ENCODING = 'buffer';
finish();
