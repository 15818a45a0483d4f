// Hash and Hmac are LazyTransform streams: the state appears on first touch, written strings
// are 'binary', end() pushes the digest.
// (Generated from packages/crypto/test/diff/streams.js: the same program, helpers inlined.)
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
var stream = require('stream');
var util = require('util');
t('keys before', function () { return Object.keys(crypto.createHash('md5')).join(','); });
t('keys after write', function () { var h = crypto.createHash('md5'); h.write('x'); return Object.keys(h).join(','); });
t('writable state', function () {
  var h = crypto.createHash('md5', { defaultEncoding: 'utf8', decodeStrings: true, highWaterMark: 5 });
  var w = h._writableState;
  return [w.decodeStrings, w.defaultEncoding, w.highWaterMark, h._readableState.highWaterMark, h._readableState.encoding].join(',');
});
t('instanceof Transform', function () { return crypto.createHash('md5') instanceof stream.Transform; });
t('write end read', function () { var h = crypto.createHash('md5'); h.write('abc'); h.end(); return h.read(); });
t('write binary string', function () { var h = crypto.createHash('md5'); h.write('\u00e9'); h.end(); return h.read(); });
t('write utf8 string', function () { var h = crypto.createHash('md5'); h.write('\u00e9', 'utf8'); h.end(); return h.read(); });
t('write hex string', function () { var h = crypto.createHash('md5'); h.write('616263', 'hex'); h.end(); return h.read(); });
t('end with data', function () { var h = crypto.createHash('sha1'); h.end('abc'); return h.read(); });
t('update then end', function () { var h = crypto.createHash('md5'); h.update('a'); h.end('bc'); return h.read(); });
t('digest after end', function () { var h = crypto.createHash('md5'); h.end('bc'); return h.digest(); });
t('encoding option', function () { var h = crypto.createHash('md5', { encoding: 'hex' }); h.end('abc'); return h.read(); });
t('setEncoding', function () { var h = crypto.createHash('md5'); h.setEncoding('base64'); h.end('abc'); return h.read(); });
t('hmac stream', function () { var h = crypto.createHmac('md5', 'k'); h.end('bc'); return h.read(); });
t('hmac twice via stream', function () { var h = crypto.createHmac('md5', 'k'); h.end('bc'); h.read(); return h.digest(); });
t('inspect state after', function () { var h = crypto.createHash('md5'); h.write('abc'); return util.inspect(h._transformState); });
var events = [];
var h = crypto.createHash('md5');
h.on('data', function (d) { events.push('data ' + show(d)); });
h.on('end', function () { events.push('end'); });
h.on('finish', function () { events.push('finish'); });
h.write('abc');
h.end();
events.push('after end');
var errs = [];
var h2 = crypto.createHash('md5');
h2.digest();
h2.on('error', function (e) { errs.push('error event ' + e.message); });
try { h2.end('x'); } catch (e) { errs.push('thrown ' + e.message); }
var src = new stream.PassThrough();
var hp = crypto.createHash('sha256');
var piped = [];
hp.on('readable', function () { var d = hp.read(); if (d) piped.push(show(d)); });
src.pipe(hp);
src.write('ab');
src.end('c');
setTimeout(function () {
  out(events.join(' | '));
  out(errs.join(' | '));
  out('piped ' + piped.join(' | '));
  finish();
}, 10);
