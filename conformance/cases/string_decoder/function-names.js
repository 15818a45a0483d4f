// The decoder's functions as util.inspect shows them: anonymous prototype methods, named
// per-encoding helpers (charBuffer is left out: node 0.10 did not zero it).
var util = require('util'), SD = require('string_decoder').StringDecoder;
['utf8', 'ucs2', 'utf16le', 'base64', 'hex', 'ascii', 'binary'].forEach(function (e) {
  var d = new SD(e);
  delete d.charBuffer;
  console.log(util.inspect(d));
});
console.log(util.inspect(SD.prototype), util.inspect(SD));
console.log(JSON.stringify([SD.name, SD.prototype.write.name, SD.prototype.end.name, SD.prototype.detectIncompleteChar.name, new SD('hex').write.name, new SD('ucs2').detectIncompleteChar.name]));
