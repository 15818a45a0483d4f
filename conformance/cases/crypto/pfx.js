// crypto.createCredentials({ pfx, passphrase }) and SecureContext.loadPKCS12: PKCS #12 files (AES and RC2-40 bags) and 0.10's errors
var pfx = require('fs').readFileSync('fixtures/rsa_cert_rc2.pfx');
var crypto = require('crypto'), fs = require('fs');
function t(name, f) { try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, 'THROW', e.name, e.message); } }
['fixtures/rsa_cert_aes.pfx', 'fixtures/rsa_cert_rc2.pfx', 'fixtures/rsa_cert_nopass.pfx'].forEach(function (f) {
  var pfx = fs.readFileSync(f);
  t(f + ' good', function () { return typeof crypto.createCredentials({pfx: pfx, passphrase: 'sample'}).context; });
  t(f + ' bad pass', function () { return typeof crypto.createCredentials({pfx: pfx, passphrase: 'wrong'}).context; });
  t(f + ' no pass', function () { return typeof crypto.createCredentials({pfx: pfx}).context; });
  t(f + ' str', function () { return typeof crypto.createCredentials({pfx: pfx.toString('binary'), passphrase: 'sample'}).context; });
});
t('garbage', function () { return crypto.createCredentials({pfx: new Buffer('0123456789')}); });
t('garbage30', function () { return crypto.createCredentials({pfx: new Buffer([0x30, 3, 1, 2, 3])}); });
t('ctx load no args', function () { return crypto.createCredentials().context.loadPKCS12(); });
t('ctx load num', function () { return crypto.createCredentials().context.loadPKCS12(5); });
t('ctx load ok', function () { return crypto.createCredentials().context.loadPKCS12(fs.readFileSync('fixtures/rsa_cert_aes.pfx'), 'sample'); });
t('ctx load pass buf', function () { return crypto.createCredentials().context.loadPKCS12(fs.readFileSync('fixtures/rsa_cert_aes.pfx'), new Buffer('sample')); });
t('ctx load pass num', function () { return crypto.createCredentials().context.loadPKCS12(fs.readFileSync('fixtures/rsa_cert_aes.pfx'), 5); });
t('string sample', function () { return !!crypto.createCredentials({pfx: 'sample', passphrase: 'test'}); });
t('ctx undefined pass', function () { return crypto.createCredentials().context.loadPKCS12(pfx, undefined); });
t('ctx null pass', function () { return crypto.createCredentials().context.loadPKCS12(pfx, null); });
t('ctx 3 args', function () { return crypto.createCredentials().context.loadPKCS12(pfx, new Buffer('sample'), 5); });
t('empty buf', function () { return crypto.createCredentials({pfx: new Buffer(0)}); });
t('one byte', function () { return crypto.createCredentials({pfx: new Buffer([0x30])}); });
t('trunc', function () { return crypto.createCredentials({pfx: pfx.slice(0, 100), passphrase: 'sample'}); });
t('with key too', function () { return typeof crypto.createCredentials({pfx: pfx, passphrase: 'sample', key: fs.readFileSync('fixtures/rsa_private.pem')}).context; });
t('extra', function () { var b = Buffer.concat([pfx, new Buffer('junk')]); return typeof crypto.createCredentials({pfx: b, passphrase: 'sample'}).context; });
