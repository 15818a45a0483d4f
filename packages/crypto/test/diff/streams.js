// Hash and Hmac are LazyTransform streams: the state appears on first touch, written strings
// are 'binary', end() pushes the digest.
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
