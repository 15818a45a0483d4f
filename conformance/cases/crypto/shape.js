// The module face: keys in order, what each is, function names and lengths, constructors'
// prototypes and inheritance, and util.inspect of the module.
// (Generated from packages/crypto/test/diff/face.js: the same program, helpers inlined.)
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
var stream = require('stream');
out(Object.keys(crypto).join(','));
for (var k in crypto) {
  var v = crypto[k];
  out(k + ': ' + typeof v + (typeof v === 'function' ? ' name=' + JSON.stringify(v.name) + ' length=' + v.length : ' ' + JSON.stringify(v)));
}
var ctors = ['Credentials', 'Hash', 'Hmac', 'Cipher', 'Cipheriv', 'Decipher', 'Decipheriv', 'Sign', 'Verify', 'DiffieHellman', 'DiffieHellmanGroup'];
for (var i = 0; i < ctors.length; i++) {
  var C = crypto[ctors[i]];
  var p = C.prototype;
  var own = Object.getOwnPropertyNames(p).map(function (n) { return n + (typeof p[n] === 'function' ? '/' + p[n].length + (p[n].name ? ':' + p[n].name : '') : ''); });
  var chain = [];
  for (var s = C.super_; s; s = s.super_) chain.push(s.name);
  out(ctors[i] + ' proto ' + own.join(' ') + ' | keys ' + Object.keys(p).join(',') + ' | super ' + chain.join('>'));
}
out('Hash is a Transform: ' + (crypto.createHash('md5') instanceof stream.Transform));
out('Sign is a Writable: ' + (crypto.createSign('md5') instanceof stream.Writable));
out('DH plain object: ' + (Object.getPrototypeOf(crypto.DiffieHellman.prototype) === Object.prototype));
out('shared functions: ' + [crypto.Hmac.prototype.update === crypto.Hash.prototype.update, crypto.Decipheriv.prototype.final === crypto.Cipher.prototype.final,
  crypto.Decipher.prototype.finaltol === crypto.Cipher.prototype.final, crypto.Verify.prototype.update === crypto.Sign.prototype.update,
  crypto.DiffieHellmanGroup.prototype.getPrime === crypto.DiffieHellman.prototype.getPrime, crypto.rng === crypto.randomBytes,
  crypto.prng === crypto.pseudoRandomBytes, crypto.randomBytes === crypto.pseudoRandomBytes].join(','));
out(util.inspect(crypto));
out(util.inspect(crypto.Hash.super_.prototype));
finish();
