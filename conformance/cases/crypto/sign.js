// Sign and Verify with committed RSA and DSA keys: every digest name against each key type,
// key forms (PKCS #1, PKCS #8, SPKI, certificate), PEM edge cases, errors and encodings.
// (Generated from packages/crypto/test/diff/sign.js: the same program, helpers inlined.)
var __lines = [];
function out(s) { __lines.push(s); }
function finish() { console.log(__lines.join('\n')); }
function q(s) {
  var r = '"';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) r += s.charAt(i);
    else { var h = c.toString(16); r += '\\u' + '0000'.slice(h.length) + h; }
  }
  return r + '"';
}
function hexOf(b) { var r = ''; for (var i = 0; i < b.length; i++) r += (b[i] < 16 ? '0' : '') + b[i].toString(16); return r; }
function show(v) {
  if (typeof v === 'string') return q(v);
  if (v === null || typeof v !== 'object') return String(v);
  if (Buffer.isBuffer(v)) return (v.constructor && v.constructor.name === 'SlowBuffer' ? 'S' : 'B') + '<' + hexOf(v) + '>' + v.length;
  if (v instanceof Error) return 'E:' + v.name + ':' + v.message;
  if (Array.isArray(v)) { var a = []; for (var i = 0; i < v.length; i++) a.push(show(v[i])); return '[' + a.join(',') + ']'; }
  return 'object';
}
function tryit(f) { try { return show(f()); } catch (e) { return show(e); } }
function t(label, f) { out(label + ' => ' + tryit(f)); }
var __seed = 0x9e3779b9;
function seed(s) { __seed = s >>> 0 || 1; }
function rnd(n) { var x = __seed; x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; __seed = x; return x % n; }
function rbuf(n) { var b = new Buffer(n); for (var i = 0; i < n; i++) b[i] = rnd(256); return b; }
function fixture(name) { return require('fs').readFileSync(__dirname + '/fixtures/' + name, 'utf8'); }
// Deterministic parts only: what needs entropy is in entropy.js.
var ENTROPY = false;
var crypto = require('crypto');
var util = require('util');
var K = fixture('rsa_private.pem'), K8 = fixture('rsa_private_pkcs8.pem'), P = fixture('rsa_public.pem');
var P1 = fixture('rsa_public_pkcs1.pem'), CRT = fixture('rsa_cert.pem'), K512 = fixture('rsa512_private.pem');
var K2048 = fixture('rsa2048_private.pem'), P2048 = fixture('rsa2048_public.pem');
var D = fixture('dsa_private.pem'), D8 = fixture('dsa_private_pkcs8.pem'), DP = fixture('dsa_public.pem');
function S(alg, key, data, enc) { var s = crypto.createSign(alg); s.update(data === undefined ? 'abc' : data); return s.sign(key, enc || 'hex'); }
function V(alg, key, sig, data, enc) { var v = crypto.createVerify(alg); v.update(data === undefined ? 'abc' : data); return v.verify(key, sig, enc === undefined ? 'hex' : enc); }
var names = ['md4', 'md5', 'sha', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'ripemd160', 'RSA-SHA1', 'RSA-SHA1-2',
  'RSA-SHA256', 'RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA', 'sha1WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1', 'SHA256',
  'DSA', 'DSA-SHA', 'DSA-SHA1', 'DSA-SHA1-old', 'dsaEncryption', 'dsaWithSHA', 'dsaWithSHA1', 'dss1', 'DSS1',
  'ecdsa-with-SHA1', 'md4WithRSAEncryption', 'shaWithRSAEncryption', 'mdc2', 'RSA-MDC2', 'mdc2WithRSA'];
for (var i = 0; i < names.length; i++) {
  (function (n) {
    t('rsa ' + n, function () { var s = S(n, K); return [s, s && V(n, P, s), s && V(n, CRT, s), s && V(n, P1, s), s && V(n, P, s, 'abd')]; });
    t('rsa pkcs8 ' + n, function () { return S(n, K8) === S(n, K); });
    if (ENTROPY) t('dsa ' + n, function () { var s = S(n, D); return [s.length > 80, s && V(n, DP, s), s && V('dss1', DP, s), s && V('sha1', DP, s), s && V(n, DP, s, 'abd')]; });
  })(names[i]);
}
seed(9);
t('rsa 2048 sha256', function () { var s = S('sha256', K2048, rbuf(1000)); return [s, V('sha256', P2048, s, rbuf(0) && undefined)]; });
t('rsa 512 sha1', function () { return S('sha1', K512); });
t('rsa 512 sha384', function () { return S('sha384', K512); });
t('rsa 512 sha512', function () { return S('sha512', K512); });
t('dsa fixed signature', function () { var s = fixture('dsa_sha1_abc.sig.hex'); return [V('dss1', DP, s), V('sha1', DP, s), V('DSA', DP, s), V('dss1', DP, s, 'abd'), V('sha256', DP, s), V('md5', DP, s), V('dss1', P, s)]; });
if (ENTROPY) t('dsa pkcs8', function () { var s = S('dss1', D8); return [s.length > 80, V('dss1', DP, s)]; });
if (ENTROPY) t('dsa cross', function () { return [V('dss1', P, S('dss1', D)), V('sha1', P, S('sha1', D)), V('sha1', DP, S('sha1', K))]; });
if (ENTROPY) t('dsa mangled', function () { var s = S('dss1', D); return [V('dss1', DP, s.replace(/^30/, '31')), V('dss1', DP, s + '00'), V('dss1', DP, s.slice(0, -2))]; });
var sg = S('sha1', K);
var bad = [sg.replace(/^../, 'ff'), sg + '00', '00' + sg, sg.slice(2), '', '00', sg.slice(0, -2) + (sg.slice(-2) === '00' ? '01' : '00')];
for (var i = 0; i < bad.length; i++) {
  (function (b, i) { t('bad signature ' + i, function () { return V('sha1', P, b); }); })(bad[i], i);
}
t('sig buffer', function () { return V('sha1', P, new Buffer(sg, 'hex'), 'abc', null); });
t('sig binary string', function () { return V('sha1', P, new Buffer(sg, 'hex').toString('binary'), 'abc', null); });
t('sig hex string no encoding', function () { return V('sha1', P, sg, 'abc', null); });
t('sig base64', function () { return V('sha1', P, new Buffer(sg, 'hex').toString('base64'), 'abc', 'base64'); });
t('sig bogus encoding', function () { return V('sha1', P, sg, 'abc', 'bogus'); });
t('verify with private key', function () { return V('sha1', K, sg); });
t('verify with leading space', function () { return V('sha1', ' ' + P, sg); });
t('verify with junk first', function () { return V('sha1', 'junk\n' + P, sg); });
t('verify cert after junk', function () { return V('sha1', 'junk\n' + CRT, sg); });
t('verify garbage', function () { return V('sha1', 'garbage', sg); });
t('verify key buffer', function () { return V('sha1', new Buffer(P), sg); });
t('verify key number', function () { return V('sha1', 5, sg); });
t('verify no key', function () { var v = crypto.createVerify('sha1'); return v.verify(); });
t('verify no signature', function () { var v = crypto.createVerify('sha1'); return v.verify(P); });
t('verify number signature', function () { var v = crypto.createVerify('sha1'); return v.verify(P, 5); });
t('verify twice', function () { var v = crypto.createVerify('sha1'); v.update('abc'); v.verify(P, sg, 'hex'); return v.verify(P, sg, 'hex'); });
t('update after verify', function () { var v = crypto.createVerify('sha1'); v.verify(P, sg, 'hex'); return v.update('x'); });
t('sign junk first', function () { return S('sha1', 'junk\n' + K) === sg; });
t('sign cert then key', function () { return S('sha1', CRT + K) === sg; });
t('sign crlf', function () { return S('sha1', K.replace(/\n/g, '\r\n')) === sg; });
t('sign blank line', function () { return S('sha1', K.replace(/\n/g, '\n\n')); });
t('sign header', function () { return S('sha1', K.replace('-----\n', '-----\nX-Foo: bar\n\n')); });
t('sign long line', function () { return S('sha1', K.replace(/([A-Za-z0-9+\/=]{64})\n/g, '$1')); });
t('sign public key', function () { return S('sha1', P); });
t('sign garbage', function () { return S('sha1', 'garbage'); });
t('sign empty', function () { return S('sha1', ''); });
t('sign buffer key', function () { return S('sha1', new Buffer(K)) === sg; });
t('sign no key', function () { return S('sha1', undefined); });
t('sign number key', function () { return S('sha1', 5); });
t('sign twice', function () { var s = crypto.createSign('sha1'); s.sign(K); return s.sign(K); });
t('sign twice hex', function () { var s = crypto.createSign('sha1'); s.sign(K); return s.sign(K, 'hex'); });
t('update after sign', function () { var s = crypto.createSign('sha1'); s.sign(K); return s.update('x'); });
t('sign encodings', function () { return [S('sha1', K, 'abc', 'base64'), S('sha1', K, 'abc', 'binary').length, util.inspect(crypto.createSign('md5').sign(K)).slice(0, 30)]; });
t('sign bogus encoding', function () { return S('sha1', K, 'abc', 'bogus'); });
t('sign default', function () { var s = crypto.createSign('sha1'); s.update('abc'); return s.sign(K); });
t('update binary default', function () { return S('sha1', K, '\u00e9') === S('sha1', K, new Buffer([0xe9])); });
t('update utf8', function () { var s = crypto.createSign('sha1'); s.update('\u00e9', 'utf8'); return s.sign(K, 'hex') === S('sha1', K, new Buffer('\u00e9', 'utf8')); });
t('update number', function () { return crypto.createSign('sha1').update(5); });
t('update returns this', function () { var s = crypto.createSign('sha1'); return s.update('a') === s; });
t('write utf8', function () { var s = crypto.createSign('sha1'); s.write('\u00e9'); return s.sign(K, 'hex') === S('sha1', K, new Buffer('\u00e9', 'utf8')); });
t('write binary', function () { var s = crypto.createSign('sha1'); s.write('\u00e9', 'binary'); s.end(); return s.sign(K, 'hex') === S('sha1', K, '\u00e9'); });
t('verify write', function () { var v = crypto.createVerify('sha1'); v.end('abc'); return v.verify(P, sg, 'hex'); });
t('no algorithm', function () { return crypto.createSign(); });
// createSign('foo') is left out: 0.10 also printed 'Unknown message digest foo' with C's printf (README: Differences).
t('verify no algorithm', function () { return crypto.createVerify(); });
t('verify bad algorithm', function () { return crypto.createVerify('foo'); });
t('verify rsa-sha256 lowercase', function () { return crypto.createVerify('rsa-sha256'); });
t('shape', function () { return [Object.keys(crypto.createSign('sha1')).join(','), Object.keys(crypto.createVerify('sha1')).join(','), crypto.createSign('sha1', { highWaterMark: 3 })._writableState.highWaterMark, crypto.Sign('sha1') instanceof crypto.Sign]; });
t('inspect', function () { return util.inspect(crypto.createSign('sha1'), { depth: 0 }); });
crypto.DEFAULT_ENCODING = 'hex';
t('DEFAULT_ENCODING hex', function () { var s = crypto.createSign('sha1'); s.update('616263'); var r = s.sign(K); var v = crypto.createVerify('sha1'); v.update('616263'); return [r, v.verify(P, r)]; });
crypto.DEFAULT_ENCODING = 'buffer';
finish();
