// pbkdf2 / pbkdf2Sync: RFC 6070 vectors, string and Buffer inputs, 0.10's argument checks.
var crypto = require('crypto');
t('rfc6070 1', function () { return crypto.pbkdf2Sync('password', 'salt', 1, 20).toString('hex'); });
t('rfc6070 2', function () { return crypto.pbkdf2Sync('password', 'salt', 2, 20).toString('hex'); });
t('rfc6070 4096', function () { return crypto.pbkdf2Sync('password', 'salt', 4096, 20).toString('hex'); });
t('rfc6070 long', function () { return crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).toString('hex'); });
t('rfc6070 nul', function () { return crypto.pbkdf2Sync('pass\u0000word', 'sa\u0000lt', 4096, 16).toString('hex'); });
t('binary string', function () { return crypto.pbkdf2Sync('p\u00e9', 's\u0100', 3, 50); });
t('buffers', function () { return crypto.pbkdf2Sync(new Buffer([1, 2, 255]), new Buffer(0), 2, 41); });
t('long password', function () { var b = new Buffer(200); b.fill(7); return crypto.pbkdf2Sync(b, 'salt', 2, 64); });
var args = [
  ['p', 's', 0, 8], ['p', 's', -1, 8], ['p', 's', 1, -1], ['p', 's', 1, 0], ['p', 's', '1', 8], ['p', 's', 'a', 8],
  ['p', 's', 1, '8'], ['p', 's', 1.5, 8], ['p', 's', 1, 8.5], ['p', 's', 1], ['p', 's'], ['p'], [], [1, 's', 1, 8],
  ['p', 1, 1, 8], [null, 's', 1, 8], ['p', 's', 1, 8, 'x'], ['p', 's', 2147483648, 1], ['p', 's', 1, 2147483648],
  ['p', 's', 1, null], ['p', 's', null, 8], ['p', 's', true, 8], ['p', 's', -1, 'x'], ['p', 's', 'x', -1],
  [5, 's', 'x', -1], ['p', 's', NaN, 8], ['p', 's', 1, NaN], ['p', 's', 4294967297, 3]
];
for (var i = 0; i < args.length; i++) {
  (function (a) {
    t('sync ' + show(a), function () { return crypto.pbkdf2Sync.apply(crypto, a); });
  })(args[i]);
}
t('async no callback', function () { return crypto.pbkdf2('p', 's', 1, 8); });
t('async string callback', function () { return crypto.pbkdf2('p', 's', 1, 8, 'x'); });
t('async bad iterations', function () { return crypto.pbkdf2('p', 's', -1, 8, function () {}); });
t('async bad password', function () { return crypto.pbkdf2(5, 's', 1, 8, function () {}); });
var order = [];
t('async returns', function () {
  return crypto.pbkdf2('password', 'salt', 2, 20, function (err, key) {
    order.push('callback ' + arguments.length + ' ' + show(err) + ' ' + show(key) + ' ' + Object.keys(this).join(','));
    crypto.pbkdf2('p', 's', 0, 3, function (err, key) {
      order.push('second ' + show(err) + ' ' + show(key));
      out(order.join(' | '));
      finish();
    });
  });
});
order.push('sync after');
