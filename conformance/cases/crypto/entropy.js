// What needs random numbers: randomBytes/pseudoRandomBytes (sizes and callbacks, not values),
// Diffie-Hellman key generation and a prime of a given length, and DSA signing (which draws a
// fresh k). Under the n10 runtime this needs @n10/binding's randomFill: without an entropy
// source n10 throws rather than use a weak generator.
var crypto = require('crypto');
var fs = require('fs');
function fixture(name) { return fs.readFileSync(__dirname + '/fixtures/' + name, 'utf8'); }
function tryit(f) { try { return JSON.stringify(f()); } catch (e) { return 'E:' + e.message; } }
console.log('randomBytes', tryit(function () { var b = crypto.randomBytes(16); return [b.length, Buffer.isBuffer(b), b.constructor.name]; }));
console.log('pseudoRandomBytes', tryit(function () { return crypto.pseudoRandomBytes(5).length; }));
console.log('distinct', tryit(function () { return crypto.randomBytes(16).toString('hex') !== crypto.randomBytes(16).toString('hex'); }));
console.log('dh exchange', tryit(function () {
  var a = crypto.getDiffieHellman('modp1');
  var b = crypto.getDiffieHellman('modp1');
  a.generateKeys();
  b.generateKeys();
  return [a.computeSecret(b.getPublicKey(), null, 'hex') === b.computeSecret(a.getPublicKey(), null, 'hex'), a.getPrivateKey().length];
}));
console.log('dh prime length', tryit(function () { var p = crypto.createDiffieHellman(48).getPrime(); return [p.length, p[0] >= 0x80, crypto.createDiffieHellman(p).getGenerator('hex')]; }));
console.log('dsa', tryit(function () {
  var s = crypto.createSign('dss1');
  s.update('abc');
  var sig = s.sign(fixture('dsa_private.pem'));
  var v = crypto.createVerify('dss1');
  v.update('abc');
  return [sig.length > 40, v.verify(fixture('dsa_public.pem'), sig)];
}));
crypto.randomBytes(8, function (err, buf) {
  console.log('async', err, buf.length);
  crypto.pseudoRandomBytes(3, function (err, buf) { console.log('async prng', err, buf.length); });
});
