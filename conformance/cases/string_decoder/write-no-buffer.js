// decoder.write(buffer) with no buffer, per encoding (and with a character pending): caught
// (message, first frames), then uncaught (stderr shows 0.10's line of string_decoder.js).
var SD = require('string_decoder').StringDecoder;
function frames(label, fn) {
  try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, e.message, JSON.stringify(e.stack.split('\n').slice(1, 3))); }
}
['utf8', 'ucs2', 'utf16le', 'base64', 'hex', 'ascii', 'binary'].forEach(function (enc) {
  frames(enc + ' null', function () { new SD(enc).write(null); });
  frames(enc + ' undefined', function () { new SD(enc).write(); });
});
frames('pending', function () { var d = new SD('utf8'); d.write(new Buffer([0xe2, 0x82])); d.write(null); });
frames('detect', function () { new SD().detectIncompleteChar(null); });
var srcs = [
  "new (require('string_decoder').StringDecoder)().write(null)",
  "new (require('string_decoder').StringDecoder)('ucs2').write()",
  "var d = new (require('string_decoder').StringDecoder)(); d.write(new Buffer([0xe2])); d.write(null)",
  "new (require('string_decoder').StringDecoder)('hex').write(null)"
];
require('../../lib/uncaught-heads')(srcs, null, 7);
