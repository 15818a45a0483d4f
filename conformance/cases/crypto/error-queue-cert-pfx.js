// OpenSSL's error queue around SecureContext.setCert and loadPKCS12, as 0.10 showed it:
// a certificate that loads still fails when an earlier call left an error queued (unless a
// private key of its type was set first: OpenSSL then cleared the queue); PKCS #12 data,
// loaded or not, leaves nothing queued. badKey() reports what is queued (or its own error).
var crypto = require('crypto');
var fs = require('fs');
var cert = fs.readFileSync('fixtures/rsa_cert.pem');
var key = fs.readFileSync('fixtures/rsa_private.pem');
function t(label, f) { try { f(); console.log(label + ': ok'); } catch (e) { console.log(label + ': ' + e.message); } }
function badKey() { crypto.createCipheriv('aes-128-cbc', new Buffer(5), new Buffer(16)); }
function garbageCert() { crypto.createCredentials({ cert: 'garbage' }); }
t('garbage cert', garbageCert);
t('bad key', badKey);
t('cert only', function () { crypto.createCredentials({ cert: cert }); });
t('garbage cert', garbageCert);
t('bad key', badKey);
t('key and cert', function () { crypto.createCredentials({ key: key, cert: cert }); });
t('bad key', badKey);
t('garbage cert', garbageCert);
t('key only', function () { crypto.createCredentials({ key: key }); });
t('bad key', badKey);
t('garbage cert', garbageCert);
t('garbage cert', garbageCert);
t('cert only', function () { crypto.createCredentials({ cert: cert }); });
t('bad key', badKey);
t('garbage cert', garbageCert);
t('garbage pfx', function () { crypto.createCredentials({ pfx: new Buffer('garbage') }); });
t('bad key', badKey);
t('garbage cert', garbageCert);
t('pfx, wrong passphrase', function () { crypto.createCredentials({ pfx: fs.readFileSync('fixtures/rsa_cert_aes.pfx'), passphrase: 'nope' }); });
t('bad key', badKey);
