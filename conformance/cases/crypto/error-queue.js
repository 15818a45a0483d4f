// OpenSSL's error queue as 0.10 exposed it: failures that do not throw (sign with an unreadable
// key, a failed verify, a CA that is not a certificate) leave errors that the next thrown
// error reports. reveal() pops them with createCipheriv's IV-length error.
// (Generated from packages/crypto/test/diff/error-queue.js: the same program, helpers inlined.)
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
var K = fixture('rsa_private.pem'), P = fixture('rsa_public.pem'), CRT = fixture('rsa_cert.pem'), D = fixture('dsa_private.pem');
var DP = fixture('dsa_public.pem'), K512 = fixture('rsa512_private.pem'), AES = fixture('rsa_private_aes.pem'), P8 = fixture('rsa_private_pkcs8_pbes2.pem');
var k16 = new Buffer(16);
k16.fill(1);
function reveal() {
  var r = [];
  for (var i = 0; i < 5; i++) { try { crypto.createCipheriv('aes-128-cbc', k16, 'short'); } catch (e) { r.push(e.message); } }
  return r.join(' | ');
}
function sig(alg, key, data) { var s = crypto.createSign(alg); s.update(data || 'abc'); return s.sign(key); }
function ver(alg, key, signature, data) { var v = crypto.createVerify(alg); v.update(data || 'abc'); return v.verify(key, signature); }
var ops = {
  'nothing': function () {},
  'sign garbage': function () { sig('sha1', 'garbage'); },
  'sign public key': function () { sig('sha1', P); },
  'sign twice garbage': function () { sig('sha1', 'garbage'); sig('sha1', 'garbage'); },
  'sign dss1 rsa': function () { sig('dss1', K); },
  'sign md5 dsa': function () { sig('md5', D); },
  'sign encrypted': function () { sig('sha1', AES); },
  'sign encrypted pkcs8': function () { sig('sha1', P8); },
  'sign blank line': function () { sig('sha1', K.replace(/\n/g, '\n\n')); },
  'sign too small': function () { sig('sha512', K512); },
  'verify garbage': function () { ver('sha1', 'garbage', ''); },
  'verify short': function () { ver('sha1', P, ''); },
  'verify wrong data': function () { ver('sha1', P, sig('sha1', K), 'abd'); },
  'verify wrong digest': function () { ver('sha1', P, sig('sha256', K)); },
  'verify tampered': function () { var s = sig('sha1', K); s[5] ^= 1; ver('sha1', P, s); },
  'verify dsa wrong data': function () { ver('dss1', DP, new Buffer(fixture('dsa_sha1_abc.sig.hex'), 'hex'), 'abd'); },
  'verify dsa junk': function () { ver('dss1', DP, 'xx'); },
  'verify dss1 rsa key': function () { ver('dss1', P, 'xx'); },
  'sign garbage then verify garbage': function () { sig('sha1', 'garbage'); ver('sha1', 'garbage', ''); },
  'sign garbage then verify short': function () { sig('sha1', 'garbage'); ver('sha1', P, ''); },
  'cert garbage': function () { try { crypto.createCredentials({ cert: 'garbage' }); } catch (e) { out('  threw ' + e.message); } },
  'key wrong passphrase': function () { try { crypto.createCredentials({ key: AES, passphrase: 'wrong' }); } catch (e) { out('  threw ' + e.message); } },
  'pkcs8 wrong passphrase': function () { try { crypto.createCredentials({ key: P8, passphrase: 'wrong' }); } catch (e) { out('  threw ' + e.message); } },
  'ca garbage': function () { crypto.createCredentials({ ca: 'garbage' }); },
  'ca twice': function () { crypto.createCredentials({ ca: [CRT, CRT] }); },
  'crl garbage': function () { crypto.createCredentials({ crl: 'garbage' }); },
  'key length': function () { try { crypto.createCipheriv('aes-128-cbc', 'short', k16); } catch (e) { out('  threw ' + e.message); } },
  'bad decrypt': function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, k16); d.update(k16); try { d.final(); } catch (e) { out('  threw ' + e.message); } },
  'sign garbage then bad decrypt': function () { sig('sha1', 'garbage'); var d = crypto.createDecipheriv('aes-128-cbc', k16, k16); d.update(k16); try { d.final(); } catch (e) { out('  threw ' + e.message); } },
  'sign garbage then final twice': function () { sig('sha1', 'garbage'); var c = crypto.createCipheriv('aes-128-cbc', k16, k16); c.final(); try { c.final(); } catch (e) { out('  threw ' + e.message); } },
  'sign garbage then unknown cipher': function () { sig('sha1', 'garbage'); try { crypto.createCipher('nope', 'x'); } catch (e) { out('  threw ' + e.message); } },
  'sign garbage then session id': function () { sig('sha1', 'garbage'); try { crypto.createCredentials({ sessionIdContext: new Array(40).join('x') }); } catch (e) { out('  threw ' + String(/ssl session id context too long/.test(e.message))); } },
  'dh and hash errors do not queue': function () { try { crypto.createDiffieHellman(new Buffer([23])); } catch (e) {} try { crypto.createHmac('foo', 'k'); } catch (e) {} }
};
for (var name in ops) {
  out(name);
  ops[name]();
  out('  ' + reveal());
}
finish();
