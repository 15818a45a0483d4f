// CAST5, Camellia, RC2, SEED, XTS, GCM and the stitched AES-CBC-HMAC-SHA1 (n10 runs the first six on the binding's OpenSSL)
var crypto = require('crypto');
function t(name, f) { try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, 'THROW', e.name, e.message); } }
['aes-128-cbc','aes-128-cbc-hmac-sha1','aes-256-cbc','aes-256-cbc-hmac-sha1'].forEach(function (a) {
t(a+' final', function () { var c = crypto.createCipher(a, 'p'); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t(a+' iv', function () { var c = crypto.createCipheriv(a, new Array(a.indexOf('256')>0?33:17).join('k'), new Array(17).join('i')); return c.update('hello world 1234567890 hello world 1234567890','utf8','hex') + c.final('hex'); });
t(a+' nopad', function () { var c = crypto.createCipher(a, 'p'); c.setAutoPadding(false); return c.update('hello world 1234','utf8','hex') + c.final('hex'); });
t(a+' dec update', function () { var c = crypto.createDecipher(a, 'p'); return c.update('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff','hex','hex'); });
t(a+' dec update final', function () { var c = crypto.createDecipher(a, 'p'); c.update('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff','hex','hex'); return c.final('hex'); });
});
['aes-128-gcm', 'aes-192-gcm'].forEach(function (a) {
t(a+' dec update', function () { var c = crypto.createDecipher(a, 'p'); return c.update('00112233445566778899aabbccddeeff00','hex','hex'); });
t(a+' iv 12', function () { var c = crypto.createCipheriv(a, new Array(a.indexOf('192')>0?25:17).join('k'), new Array(13).join('i')); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t(a+' iv 16', function () { var c = crypto.createCipheriv(a, new Array(a.indexOf('192')>0?25:17).join('k'), new Array(17).join('i')); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
});
t('cast5 key 5', function () { var c = crypto.createCipheriv('cast5-cbc', '12345', '12345678'); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t('cast5 key 20', function () { var c = crypto.createCipheriv('cast5-cbc', '12345678901234567890', '12345678'); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t('rc2 key 5', function () { var c = crypto.createCipheriv('rc2-cbc', '12345', '12345678'); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t('rc2 key 32', function () { var c = crypto.createCipheriv('rc2-cbc', '12345678901234567890123456789012', '12345678'); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t('rc2-40 key 16', function () { var c = crypto.createCipheriv('rc2-40-cbc', '1234567890123456', '12345678'); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t('camellia ecb', function () { var c = crypto.createCipheriv('camellia-256-ecb', '12345678901234567890123456789012', ''); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t('seed ofb', function () { var c = crypto.createCipheriv('seed-ofb', '1234567890123456', '1234567890123456'); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t('camellia cfb1', function () { var c = crypto.createCipheriv('CAMELLIA-128-CFB1', '1234567890123456', '1234567890123456'); return c.update('hello world 1234567890','utf8','hex') + c.final('hex'); });
t('upper', function () { return ['CAST5-CBC','RC2','SEED','CAMELLIA128','AES-128-GCM','ID-AES128-GCM','AES-128-XTS','RC2-40-CBC','CAST','CAST-CBC','Camellia-128-cbc'].map(function (n) { try { crypto.createCipher(n, 'p'); return n + ' ok'; } catch (e) { return n + ' ' + e.message; } }); });
t('xts short', function () { var c = crypto.createCipher('aes-128-xts', 'p'); return c.update('short','utf8','hex') + c.final('hex'); });
t('xts two updates', function () { var c = crypto.createCipher('aes-128-xts', 'p'); return [c.update('hello world 1234567890','utf8','hex'), c.update('hello world 1234567890','utf8','hex'), c.final('hex')]; });
var s = crypto.createCipher('camellia-128-cbc', 'p'); s.on('data', function (d) { console.log('stream', d.toString('hex')); }); s.end('stream input of some length');
var listed = crypto.getCiphers();
console.log(['cast5-cbc', 'CAST-cbc', 'camellia256', 'rc2-40-cbc', 'seed-ofb', 'aes-256-xts', 'id-aes256-GCM', 'aes-256-cbc-hmac-sha1'].map(function (n) { return listed.indexOf(n) >= 0; }));
