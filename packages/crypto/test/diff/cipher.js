// Ciphers: every name n10 implements, by password (EVP_BytesToKey) and by key and IV, in
// pieces; decryption round trips; padding rules; key/IV checks; errors; output decoding.
var crypto = require('crypto');
var util = require('util');
var names = ['aes-128-cbc', 'aes-128-cfb', 'aes-128-cfb1', 'aes-128-cfb8', 'aes-128-ctr',
  'aes-128-ecb', 'aes-128-ofb', 'aes-192-cbc', 'aes-192-cfb', 'aes-192-cfb1', 'aes-192-cfb8', 'aes-192-ctr',
  'aes-192-ecb', 'aes-192-ofb', 'aes-256-cbc', 'aes-256-cfb', 'aes-256-cfb1',
  'aes-256-cfb8', 'aes-256-ctr', 'aes-256-ecb', 'aes-256-ofb', 'aes128', 'aes192', 'aes256', 'bf', 'bf-cbc',
  'bf-cfb', 'bf-ecb', 'bf-ofb', 'blowfish', 'des', 'des-cbc', 'des-cfb', 'des-cfb1', 'des-cfb8', 'des-ecb',
  'des-ede', 'des-ede-cbc', 'des-ede-cfb', 'des-ede-ofb', 'des-ede3', 'des-ede3-cbc', 'des-ede3-cfb',
  'des-ede3-cfb8', 'des-ede3-ofb', 'des-ofb', 'des3', 'desx', 'desx-cbc', 'idea', 'idea-cbc', 'idea-cfb', 'idea-ecb',
  'idea-ofb', 'rc4', 'rc4-40', 'rc4-hmac-md5'];
var upper = [];
for (var i = 0; i < names.length; i++) if (names[i] !== 'blowfish') upper.push(names[i].toUpperCase());
var misses = ['Aes-128-cbc', 'BLOWFISH', 'aes-999', '', 'constructor', 'aes-128', 'AES-128-GCM'];
seed(5);
var plain = rbuf(300);
var sizes = { aes: [16, 24, 32] };
function keyLen(n) {
  n = n.toLowerCase();
  if (/^aes-?128/.test(n)) return 16;
  if (/^aes-?192/.test(n)) return 24;
  if (/^aes-?256/.test(n)) return 32;
  if (/^des-ede3|^des3|^desx/.test(n)) return 24;
  if (/^des-ede/.test(n)) return 16;
  if (/^des/.test(n)) return 8;
  if (n === 'rc4-40') return 5;
  return 16;
}
function ivLen(n) {
  n = n.toLowerCase();
  if (/ecb$|^des-ede$|^des-ede3$|^rc4/.test(n)) return 0;
  if (/^aes/.test(n)) return 16;
  return 8;
}
function pieces(x, data, inEnc, outEnc) {
  var out = [];
  var p = 0;
  while (p < data.length) { var q = Math.min(data.length, p + rnd(40)); out.push(x.update(data.slice(p, q), inEnc, outEnc)); p = q; }
  out.push(x.final(outEnc));
  return out.join('|');
}
var all = names.concat(upper);
for (var i = 0; i < all.length; i++) {
  (function (n) {
    t('password ' + n, function () {
      var x = crypto.createCipher(n, 'pass word');
      var ct = pieces(x, plain, undefined, 'hex');
      var d = crypto.createDecipher(n, 'pass word');
      var back = d.update(ct.replace(/\|/g, ''), 'hex', 'hex') + d.final('hex');
      return ct + ' ' + (back === plain.toString('hex'));
    });
    t('iv ' + n, function () {
      var key = rbuf(keyLen(n));
      var iv = rbuf(ivLen(n));
      var x = crypto.createCipheriv(n, key, iv);
      var ct = new Buffer(pieces(x, plain.slice(0, 100 + rnd(60)), 'buffer', 'base64').replace(/\|/g, ''), 'base64');
      var d = crypto.createDecipheriv(n, key, iv);
      return ct.toString('hex') + ' ' + pieces(d, ct, 'buffer', 'hex');
    });
  })(all[i]);
}
for (var i = 0; i < misses.length; i++) {
  (function (n) {
    t('miss ' + q(n), function () { return crypto.createCipher(n, 'pw'); });
    t('miss iv ' + q(n), function () { return crypto.createCipheriv(n, rbuf(16), rbuf(16)); });
  })(misses[i]);
}
// key and IV lengths
var kiv = [['aes-128-cbc', 16, 16], ['aes-128-cbc', 15, 16], ['aes-128-cbc', 32, 16], ['aes-128-cbc', 16, 15],
  ['aes-128-cbc', 5, 5], ['aes-128-ecb', 16, 0], ['aes-128-ecb', 16, 16], ['aes-128-ctr', 16, 8], ['rc4', 0, 0],
  ['rc4', 1, 0], ['rc4', 300, 0], ['rc4', 16, 1], ['rc4-40', 16, 0], ['bf-cbc', 0, 8], ['bf-cbc', 1, 8],
  ['bf-cbc', 56, 8], ['bf-cbc', 72, 8], ['bf-cbc', 100, 8], ['bf-ecb', 7, 0], ['des-cbc', 7, 8],
  ['des-ede3-cbc', 16, 8], ['des-ede-cbc', 16, 8], ['desx', 24, 8], ['desx', 8, 8]];
for (var i = 0; i < kiv.length; i++) {
  (function (a) {
    t('key/iv ' + a.join(' '), function () {
      var x = crypto.createCipheriv(a[0], rbuf(a[1]), rbuf(a[2]));
      return x.update('some text', 'binary', 'hex') + x.final('hex');
    });
  })(kiv[i]);
}
var k16 = rbuf(16), iv16 = rbuf(16);
t('no args', function () { return crypto.createCipher(); });
t('no password', function () { return crypto.createCipher('aes128'); });
t('number password', function () { return crypto.createCipher('aes128', 5); });
t('buffer password', function () { return crypto.createCipher('aes128', new Buffer('pw')).final('hex') === crypto.createCipher('aes128', 'pw').final('hex'); });
t('binary password', function () { return crypto.createCipher('aes128', '\u00e9').final('hex') === crypto.createCipher('aes128', new Buffer([0xe9])).final('hex'); });
t('empty password', function () { return crypto.createCipher('aes128', '').final('hex'); });
t('iv no iv', function () { return crypto.createCipheriv('aes-128-cbc', k16); });
t('iv null iv', function () { return crypto.createCipheriv('aes-128-cbc', k16, null); });
t('iv number key', function () { return crypto.createCipheriv('aes-128-cbc', 1, iv16); });
t('iv number name', function () { return crypto.createCipheriv(5, k16, iv16); });
t('iv string key', function () { var x = crypto.createCipheriv('aes-128-cbc', '0123456789abcdef', 'fedcba9876543210'); return x.update('x', 'utf8', 'hex') + x.final('hex'); });
// padding
function enc(name, data, pad) { var x = crypto.createCipheriv(name, k16, iv16); if (pad !== undefined) x.setAutoPadding(pad); return [x.update(data), x.final()]; }
t('pad off aligned', function () { return enc('aes-128-cbc', rbuf(32), false); });
t('pad off unaligned', function () { return enc('aes-128-cbc', rbuf(33), false); });
t('pad off empty', function () { return enc('aes-128-cbc', new Buffer(0), false); });
t('setAutoPadding()', function () { return enc('aes-128-cbc', 'abc', undefined === undefined ? (function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); x.setAutoPadding(); x.update('abc'); return x.final(); })() : 0); });
t('setAutoPadding(yes)', function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); x.setAutoPadding(0); x.setAutoPadding('yes'); x.update('abc'); return x.final(); });
t('setAutoPadding returns this', function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); return x.setAutoPadding(true) === x; });
t('setAutoPadding after final', function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); x.final(); return x.setAutoPadding(false) === x; });
t('stream mode pad off', function () { return enc('aes-128-ctr', 'abc', false); });
var ct48 = (function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); return Buffer.concat([x.update(rbuf(40)), x.final()]); })();
t('decrypt holdback', function () {
  var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
  return [d.update(ct48.slice(0, 16)).length, d.update(ct48.slice(16, 32)).length, d.update(ct48.slice(32, 40)).length, d.update(new Buffer(0)).length, d.update(ct48.slice(40)).length, d.final().length].join(',');
});
t('decrypt nopad', function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.setAutoPadding(false); return [d.update(ct48.slice(0, 20)).length, d.update(ct48.slice(20)).length, d.final().length].join(','); });
t('decrypt nopad partial', function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.setAutoPadding(false); d.update(ct48.slice(0, 20)); return d.final(); });
t('decrypt late nopad', function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(ct48.slice(0, 32)); d.setAutoPadding(false); return d.final(); });
t('decrypt bad', function () { var d = crypto.createDecipheriv('aes-128-cbc', rbuf(16), iv16); d.update(ct48); return d.final(); });
t('decrypt wrong length', function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(ct48.slice(0, 47)); return d.final(); });
t('decrypt empty', function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); return d.final(); });
t('final twice', function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); x.final(); return x.final(); });
t('update after final', function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); x.final(); return x.update('a'); });
t('bad update after final', function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); x.final(); return x.update(5); });
t('final after failed final', function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); try { d.final(); } catch (e) {} return d.final(); });
t('finaltol', function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(ct48); return d.finaltol().length; });
// input and output encodings
var outs = [undefined, null, 'buffer', 'hex', 'HEX', 'base64', 'binary', 'utf8', 'utf-8', 'UTF8', 'ascii', 'ucs2', 'utf16le', 'utf-16le', 'raw', 'bogus'];
for (var i = 0; i < outs.length; i++) {
  (function (o) {
    t('output ' + String(o), function () {
      var x = crypto.createCipheriv('aes-128-ctr', k16, iv16);
      return [x.update('abcd', 'binary', o), x.update('ef', 'binary', o), x.update('ghi', 'binary', o), x.final(o)];
    });
    t('inspect output ' + String(o), function () { return util.inspect(crypto.createCipheriv('aes-128-cbc', k16, iv16).final(o)); });
  })(outs[i]);
}
t('mixed outputs', function () { var x = crypto.createCipheriv('aes-128-ctr', k16, iv16); return [x.update('abcd', 'binary', 'base64'), x.final('hex')]; });
t('utf8 split', function () {
  var e = crypto.createCipheriv('aes-128-ctr', k16, iv16).update(new Buffer('h\u00e9llo \u20ac', 'utf8'));
  var d = crypto.createDecipheriv('aes-128-ctr', k16, iv16);
  return [d.update(e.slice(0, 2), 'buffer', 'utf8'), d.update(e.slice(2, 7), 'buffer', 'utf8'), d.update(e.slice(7), 'buffer', 'utf8'), d.final('utf8')];
});
t('utf8 cut', function () {
  var e = crypto.createCipheriv('aes-128-ctr', k16, iv16).update(new Buffer('h\u00e9', 'utf8'));
  var d = crypto.createDecipheriv('aes-128-ctr', k16, iv16);
  return [d.update(e.slice(0, 2), 'buffer', 'utf8'), d.final('utf8')];
});
var ins = [undefined, 'binary', 'utf8', 'ascii', 'hex', 'HEX', 'base64', 'ucs2', 'buffer', 'bogus'];
for (var i = 0; i < ins.length; i++) {
  (function (e) {
    t('input ' + String(e), function () { var x = crypto.createCipheriv('aes-128-ctr', k16, iv16); return x.update('\u00e9ab4', e, 'hex'); });
  })(ins[i]);
}
t('input odd hex', function () { return crypto.createCipheriv('aes-128-ctr', k16, iv16).update('abc', 'hex'); });
t('input number', function () { return crypto.createCipheriv('aes-128-ctr', k16, iv16).update(5); });
t('inspect', function () { return util.inspect(crypto.createCipheriv('aes-128-cbc', k16, iv16)); });
t('inspect decipher', function () { return util.inspect(crypto.createDecipher('aes-128-cbc', 'x')); });
t('options', function () { return util.inspect(crypto.createCipheriv('aes-128-cbc', k16, iv16, 5)); });
t('instanceof', function () { return [crypto.Cipher('aes128', 'x') instanceof crypto.Cipher, crypto.Cipheriv('aes-128-cbc', k16, iv16) instanceof crypto.Cipher, crypto.createDecipheriv('aes-128-cbc', k16, iv16) instanceof crypto.Decipheriv]; });
// streams
t('stream', function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); x.write('abc'); x.write('\u00e9'); x.end(); return x.read(); });
t('stream partial', function () { var x = crypto.createCipheriv('aes-128-cbc', k16, iv16); x.write(rbuf(20)); return [x._readableState.length, x.read()]; });
t('stream bad decrypt', function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.on('error', function () {}); d.write(rbuf(16)); d.end(); return d.read(); });
t('stream decrypt', function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.end(ct48); return d.read(); });
t('getCiphers', function () {
  var have = crypto.getCiphers();
  var r = [];
  for (var i = 0; i < names.length; i++) if (have.indexOf(names[i]) < 0) r.push(names[i]);
  return r.join(',');
});
finish();
