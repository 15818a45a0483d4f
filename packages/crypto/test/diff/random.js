// randomBytes / pseudoRandomBytes: sizes, errors, callbacks (not the bytes themselves).
var crypto = require('crypto');
var fns = ['randomBytes', 'pseudoRandomBytes', 'rng', 'prng'];
var sizes = [0, 1, 16, 65537, -1, '4', 4.5, null, undefined, NaN, Infinity, -Infinity, true, {}, 0x3fffffff + 1, -0];
for (var f = 0; f < fns.length; f++) {
  for (var i = 0; i < sizes.length; i++) {
    (function (name, size) {
      t(name + ' ' + show(size), function () { var b = crypto[name](size); return [b.length, b.constructor.name, Buffer.isBuffer(b)]; });
    })(fns[f], sizes[i]);
  }
}
t('callback not function', function () { var b = crypto.randomBytes(4, 'x'); return b.length; });
t('callback bad size', function () { return crypto.randomBytes(-1, function () {}); });
t('distinct', function () { return crypto.randomBytes(32).toString('hex') !== crypto.randomBytes(32).toString('hex'); });
t('DEFAULT_ENCODING ignored', function () { crypto.DEFAULT_ENCODING = 'hex'; var b = crypto.randomBytes(4); crypto.DEFAULT_ENCODING = 'buffer'; return Buffer.isBuffer(b); });
var order = [];
t('async returns', function () {
  return crypto.randomBytes(8, function (err, buf) {
    order.push('callback ' + arguments.length + ' ' + show(err) + ' ' + buf.length + ' ' + buf.constructor.name + ' ' + Object.keys(this).join(','));
    crypto.pseudoRandomBytes(0, function (err, buf) {
      order.push('second ' + show(err) + ' ' + show(buf));
      out(order.join(' | '));
      finish();
    });
  });
});
order.push('sync after');
