// crypto.DEFAULT_ENCODING: the encoding of results and of string inputs given none.
var crypto = require('crypto');
var values = ['buffer', 'binary', 'hex', 'base64', 'utf8', 'bogus', '', undefined, null, 'HEX'];
for (var i = 0; i < values.length; i++) {
  crypto.DEFAULT_ENCODING = values[i];
  var v = String(values[i]);
  t(v + ' digest', function () { return crypto.createHash('md5').update('616263').digest(); });
  t(v + ' hmac', function () { return crypto.createHmac('md5', '6b').update('616263').digest(); });
  t(v + ' stream', function () { var h = crypto.createHash('md5'); h.end('abc'); return h.read(); });
  t(v + ' pbkdf2Sync', function () { return crypto.pbkdf2Sync('70', '73', 1, 8); });
  t(v + ' explicit buffer', function () { return crypto.createHash('md5').update('abc', 'binary').digest('buffer'); });
}
crypto.DEFAULT_ENCODING = 'hex';
crypto.pbkdf2('p', 's', 1, 8, function (err, key) {
  out('async hex ' + show(key));
  crypto.DEFAULT_ENCODING = 'buffer';
  finish();
});
