// createCredentials: the object and its SecureContext, every detail and its argument checks.
// (Generated from packages/crypto/test/diff/credentials.js: the same program, helpers inlined.)
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
var K = fixture('rsa_private.pem'), P = fixture('rsa_public.pem'), CRT = fixture('rsa_cert.pem'), D = fixture('dsa_private.pem');
var AES = fixture('rsa_private_aes.pem'), DES3 = fixture('rsa_private_des3.pem'), P8 = fixture('rsa_private_pkcs8_pbes2.pem');
var P8V1 = fixture('rsa_private_pkcs8_pbe_sha1_3des.pem'), P8D = fixture('rsa_private_pkcs8_pbes2_des3.pem');
function c(details, context) { return function () { return util.inspect(crypto.createCredentials(details, context)); }; }
t('none', c());
t('empty', c({}));
t('null', c(null));
t('key cert', c({ key: K, cert: CRT }));
t('key cert buffers', c({ key: new Buffer(K), cert: new Buffer(CRT) }));
t('key garbage', c({ key: 'garbage' }));
t('key buffer garbage', c({ key: new Buffer('garbage') }));
t('key public', c({ key: P, cert: CRT }));
t('key number', c({ key: 5 }));
t('key dsa', c({ key: D }));
t('cert garbage', c({ cert: 'garbage' }));
t('cert key', c({ cert: K }));
t('cert number', c({ cert: 5 }));
t('ca', c({ ca: CRT }));
t('ca list', c({ ca: [CRT, CRT] }));
t('ca garbage', c({ ca: 'garbage' }));
t('ca number', c({ ca: 5 }));
t('ca list number', c({ ca: [5] }));
t('crl garbage', c({ crl: 'garbage' }));
t('crl list', c({ crl: ['garbage', 5] }));
t('crl number', c({ crl: 5 }));
t('ciphers', c({ ciphers: 'RC4:HIGH' }));
t('ciphers garbage', c({ ciphers: 'garbage' }));
t('ciphers number', c({ ciphers: 5 }));
var methods = ['SSLv2_method', 'SSLv2_client_method', 'SSLv3_server_method', 'SSLv23_method', 'TLSv1_method', 'TLSv1_client_method',
  'TLSv1_1_method', 'TLSv1_2_method', 'tlsv1_method', 'foo', 5, ''];
for (var i = 0; i < methods.length; i++) {
  (function (m) { t('secureProtocol ' + show(m), c({ secureProtocol: m })); })(methods[i]);
}
t('secureOptions', c({ secureOptions: 5 }));
t('secureOptions string', c({ secureOptions: 'x' }));
t('secureOptions float', c({ secureOptions: 1.5 }));
t('sessionIdContext', c({ sessionIdContext: 'x' }));
t('sessionIdContext 32', c({ sessionIdContext: new Array(33).join('x') }));
t('sessionIdContext number', c({ sessionIdContext: 5 }));
t('passphrase unneeded', c({ key: K, passphrase: 'x' }));
t('passphrase number', c({ key: K, passphrase: 5 }));
t('aes key', c({ key: AES, passphrase: 'secret' }));
t('aes key wrong', c({ key: AES, passphrase: 'wrong' }));
t('des3 key', c({ key: DES3, passphrase: 'secret' }));
t('pkcs8 pbes2', c({ key: P8, passphrase: 'secret' }));
t('pkcs8 pbes2 wrong', c({ key: P8, passphrase: 'wrong' }));
t('pkcs8 pbes2 des3', c({ key: P8D, passphrase: 'secret' }));
t('pkcs8 sha1 3des', c({ key: P8V1, passphrase: 'secret' }));
t('pfx garbage', c({ pfx: 'garbage' }));
t('pfx number', c({ pfx: 5 }));
t('context given', c({ key: 'garbage' }, { x: 1 }));
t('context given null options', c(null, { x: 1 }));
t('Credentials()', function () { return util.inspect(crypto.Credentials()); });
t('new Credentials', function () { return util.inspect(new crypto.Credentials()); });
t('Credentials bad method', function () { return new crypto.Credentials('foo'); });
t('instanceof', function () { return crypto.createCredentials() instanceof crypto.Credentials; });
t('context shape', function () { var ctx = crypto.createCredentials().context; return [util.inspect(ctx), ctx.constructor.name, Object.keys(ctx).length]; });
t('context methods', function () {
  var ctx = crypto.createCredentials({ ca: CRT }).context;
  return [ctx.setKey(K), ctx.setCert(CRT), ctx.addCACert(CRT), ctx.addCACert('garbage'), ctx.addCRL('garbage'), ctx.setCiphers('RC4'),
    ctx.setOptions(5), ctx.setSessionIdContext('x'), ctx.init('TLSv1_method'), ctx.setKey(5), ctx.setCert(5), ctx.close(), ctx.init(5)];
});
var calls = [['setKey'], ['setKey', K, 'x', 'y'], ['setCert'], ['addCACert'], ['addCRL'], ['setCiphers'], ['setCiphers', 5],
  ['setOptions'], ['setOptions', 'x'], ['setOptions', 1.5], ['setOptions', -1], ['setSessionIdContext'], ['setSessionIdContext', 5],
  ['setKey', K, 5], ['setKey', AES], ['setKey', K, 'unneeded'], ['setKey', D], ['setKey', P8], ['loadPKCS12'], ['loadPKCS12', 5], ['loadPKCS12', new Buffer('garbage')]];
for (var i = 0; i < calls.length; i++) {
  (function (a) {
    t('call ' + a[0] + ' ' + (a.length - 1), function () { var ctx = crypto.createCredentials().context; return ctx[a[0]].apply(ctx, a.slice(1)); });
  })(calls[i]);
}
finish();
