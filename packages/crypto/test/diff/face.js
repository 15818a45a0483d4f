// The module face: keys in order, what each is, function names and lengths, constructors'
// prototypes and inheritance, and util.inspect of the module.
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
