// whirlpool: 0.10 listed and computed it (n10: on the binding's OpenSSL)
var crypto = require('crypto');
function t(name, f) { try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, 'THROW', e.name, e.message); } }
t('hash', function () { return crypto.createHash('whirlpool').update('abc').digest('hex'); });
t('hash empty', function () { return crypto.createHash('whirlpool').digest('base64'); });
t('hash long', function () { var h = crypto.createHash('whirlpool'); for (var i = 0; i < 100; i++) h.update(new Array(100).join('x' + i)); return h.digest('hex'); });
t('upper', function () { return crypto.createHash('WHIRLPOOL').digest('hex'); });
t('hmac', function () { return crypto.createHmac('whirlpool', 'key').update('abc').digest('hex'); });
t('hmac long key', function () { return crypto.createHmac('whirlpool', new Array(200).join('k')).update('abc').digest('hex'); });
t('listed', function () { return crypto.getHashes().indexOf('whirlpool'); });
t('pbkdf2Sync', function () { return crypto.pbkdf2Sync('p', 's', 2, 10).toString('hex'); });
var s = crypto.createHash('whirlpool'); s.end('streamed'); console.log('stream', s.read().toString('hex'));
var key = require('fs').readFileSync('fixtures/rsa_private.pem');
var signer = crypto.createSign('whirlpool'); signer.update('abc');
t('sign', function () { return signer.sign(key, 'hex'); });
t('verify', function () { return crypto.createVerify('whirlpool').update('abc').verify(require('fs').readFileSync('fixtures/rsa_public.pem'), 'aa', 'hex'); });
