// createHmac: names, keys (Buffer, 'binary' string, long, empty), encodings, errors.
var crypto = require('crypto');
var util = require('util');
var names = ['md4', 'md5', 'mdc2', 'sha', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'ripemd160', 'RSA-SHA256',
  'DSA', 'dss1', 'ssl3-md5', 'SHA512', 'rsa-sha256', 'foo'];
seed(3);
var keys = [rbuf(0), rbuf(1), rbuf(20), rbuf(64), rbuf(65), rbuf(128), rbuf(129), rbuf(300), 'key', '\u00e9\u0100', ''];
var datas = [rbuf(0), rbuf(3), rbuf(64), rbuf(200), 'abc', '\u00e9'];
for (var i = 0; i < names.length; i++) {
  for (var k = 0; k < keys.length; k++) {
    (function (n, key) {
      t('hmac ' + n + ' key' + (typeof key === 'string' ? q(key) : key.length), function () {
        var r = [];
        for (var d = 0; d < datas.length; d++) r.push(crypto.createHmac(n, key).update(datas[d]).digest('hex'));
        return r.join(',');
      });
    })(names[i], keys[k]);
  }
}
t('no key', function () { return crypto.createHmac('md5'); });
t('bad name no key', function () { return crypto.createHmac('foo'); });
t('number key', function () { return crypto.createHmac('md5', 12); });
t('null key', function () { return crypto.createHmac('md5', null); });
t('object key', function () { return crypto.createHmac('md5', {}); });
t('no algorithm', function () { return crypto.createHmac(); });
t('number algorithm', function () { return crypto.createHmac(5, 'k'); });
t('digest twice', function () { var h = crypto.createHmac('md5', 'k'); h.digest(); return h.digest(); });
t('digest twice hex', function () { var h = crypto.createHmac('md5', 'k'); h.digest(); return h.digest('hex'); });
t('digest twice base64', function () { var h = crypto.createHmac('md5', 'k'); h.digest(); return h.digest('base64'); });
t('update after digest', function () { var h = crypto.createHmac('md5', 'k'); h.digest(); return h.update('x'); });
t('update number', function () { return crypto.createHmac('md5', 'k').update(1); });
t('update odd hex', function () { return crypto.createHmac('md5', 'k').update('abc', 'hex'); });
t('update utf8', function () { return crypto.createHmac('md5', 'k').update('\u00e9', 'utf8').digest('hex'); });
t('digest bogus', function () { return crypto.createHmac('md5', 'k').digest('bogus'); });
t('digest ucs2', function () { return crypto.createHmac('md5', 'k').digest('ucs2'); });
t('chained', function () { return crypto.createHmac('sha1', 'k').update('a').update('b').update(new Buffer('c')).digest('base64'); });
t('inspect', function () { return util.inspect(crypto.createHmac('md5', 'k')); });
t('instanceof', function () { return [crypto.Hmac('md5', 'k') instanceof crypto.Hmac, crypto.createHmac('md5', 'k') instanceof crypto.Hash]; });
finish();
