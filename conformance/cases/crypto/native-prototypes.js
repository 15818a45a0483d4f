// 0.10's native objects behind the crypto classes list their methods (Object.keys of the prototype)
var crypto = require('crypto');
function p(o) { return Object.keys(Object.getPrototypeOf(o)).sort().join(); }
console.log('ctx', p(crypto.createCredentials().context));
console.log('hash', p(crypto.createHash('md5')._binding));
console.log('hmac', p(crypto.createHmac('md5', 'k')._binding));
console.log('cipher', p(crypto.createCipher('aes128', 'k')._binding));
console.log('decipher', p(crypto.createDecipher('aes128', 'k')._binding));
console.log('decipheriv', p(crypto.createDecipheriv('aes-128-ecb', '0123456789abcdef', '')._binding));
console.log('sign', p(crypto.createSign('sha1')._binding));
console.log('verify', p(crypto.createVerify('sha1')._binding));
var h = crypto.createHmac('md5', 'k');
h._binding.init('sha1', new Buffer('key'));
console.log('hmac re-init', h.update('abc').digest('hex'));
var s = crypto.createSign('md5');
s._binding.init('sha1');
console.log('sign re-init', s.update('abc').sign(require('fs').readFileSync('fixtures/rsa_private.pem'), 'hex').slice(0, 32));
var d = crypto.createDecipher('aes128', 'k');
console.log('finaltol', d._binding.finaltol().length);
