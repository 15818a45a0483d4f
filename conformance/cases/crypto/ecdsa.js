// ECDSA: sign.sign and verifier.verify with EC keys (SEC 1 and PKCS #8 private keys, SPKI public
// keys uncompressed and compressed, a certificate) on P-256, P-384, P-521 and secp256k1;
// signatures node 0.10 made verify, and this runtime's own signatures verify.
var crypto = require('crypto'), fs = require('fs');
var dir = 'fixtures/ec/';
var sigs = JSON.parse(fs.readFileSync(dir + 'oracle-signatures.json'));
Object.keys(sigs).sort().forEach(function (k) {
  var p = k.split(' ');
  var pub = fs.readFileSync(dir + p[0] + '.pub.pem');
  var ok = crypto.createVerify(p[2]).update('msg ' + p[0]).verify(pub, sigs[k], 'hex');
  var bad = crypto.createVerify(p[2]).update('msg! ' + p[0]).verify(pub, sigs[k], 'hex');
  var own = crypto.createSign(p[2]).update('own').sign(fs.readFileSync(dir + p[0] + '.' + p[1] + '.pem'));
  console.log(k, ok, bad, crypto.createVerify(p[2]).update('own').verify(pub, own));
});
var s = crypto.createSign('sha256').update('x').sign(fs.readFileSync(dir + 'prime256v1.sec1.pem'));
console.log('certificate', crypto.createVerify('sha256').update('x').verify(fs.readFileSync(dir + 'p256cert.pem'), s));
console.log('compressed', crypto.createVerify('sha256').update('x').verify(fs.readFileSync(dir + 'compressed.pub.pem'), s));
console.log('wrong curve', crypto.createVerify('sha256').update('x').verify(fs.readFileSync(dir + 'secp256k1.pub.pem'), s));
['md5', 'dss1', 'ripemd160', 'sha', 'md4', 'DSA-SHA1', 'sha224', 'RSA-SHA1-2', 'ecdsa-with-SHA1'].forEach(function (d) {
  console.log(d, crypto.createSign(d).update('x').sign(fs.readFileSync(dir + 'prime256v1.p8.pem'), 'hex').length > 0);
});
