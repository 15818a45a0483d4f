// Uncaught errors of 0.10's C++ handle under a crypto.js method (update, digest, final, sign,
// verify, the Diffie-Hellman keys): stderr shows the method's line that called the handle, the
// caret under the handle's method, then the method's frame (no n10 handle frame); Sign's and
// Verify's update is Hash's.
var crypto = require('crypto');
console.log(crypto.createSign('sha1').update === crypto.Hash.prototype.update, crypto.Verify.prototype.update === crypto.Hash.prototype.update);
var c = "var crypto = require('crypto'); ";
require('../../lib/uncaught-heads')([
  c + "crypto.createHmac('md5', 'k').update({})",
  c + "crypto.createCipher('aes128', 'k').update({})",
  c + "crypto.createDecipher('aes128', 'k').update({})",
  c + "var x = crypto.createCipher('aes128', 'k'); x.final(); x.update('x')",
  c + "crypto.createSign('sha1').update({})",
  c + "crypto.createVerify('sha1').update({})",
  c + "crypto.createVerify('sha1').verify({}, 'x')",
  c + "crypto.createSign('sha1').sign({})",
  c + "var h = crypto.createHash('md5'); h.digest(); h.digest()",
  c + "var d = crypto.getDiffieHellman('modp1'); d.generateKeys(); d.computeSecret({})",
  c + "crypto.getDiffieHellman('modp1').getPublicKey()",
  c + "crypto.getDiffieHellman('modp1').getPrivateKey()",
  c + "crypto.createDiffieHellman(8).setPrivateKey({})",
  c + "crypto.createDiffieHellman(8).setPublicKey(5)"
], function (s) { return s.slice(c.length); }, 7);
