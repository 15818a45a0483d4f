// The manual's example, the module's shape and the constructor's encoding rules.
var s = require('./fixtures/show');
var StringDecoder = require('string_decoder').StringDecoder;
var decoder = new StringDecoder('utf8');
var cent = new Buffer([0xC2, 0xA2]);
console.log(decoder.write(cent));
var euro = new Buffer([0xE2, 0x82, 0xAC]);
console.log(decoder.write(euro));
console.log(Object.keys(require('string_decoder')).join(','), typeof StringDecoder, StringDecoder.length, Object.keys(StringDecoder.prototype).join(','));
['utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'base64', 'hex', 'ascii', 'binary', 'raw', 'utf_8', 'foo', '', null, undefined].forEach(function (e) {
  console.log(s.name(e) + ': ' + s.attempt(function () { var d = new StringDecoder(e); return [d.encoding, Object.keys(d).join(',')]; }));
});
console.log(s.attempt(function () { return new StringDecoder('raw').write(new Buffer('ab')); }));
