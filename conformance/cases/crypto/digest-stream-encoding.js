// hash/hmac as streams with setEncoding: the digest comes out whole in the stream's encoding (0.10's _flush)
var crypto = require('crypto');
['base64', 'hex', 'binary', 'utf8', 'ascii'].forEach(function (enc) {
  ['md5', 'sha1', 'sha256'].forEach(function (a) {
    var h = crypto.createHash(a); h.setEncoding(enc);
    var chunks = [];
    h.on('data', function (s) { chunks.push(s); });
    h.on('end', function () { console.log(a, enc, chunks.length, JSON.stringify(chunks)); });
    h.end('x');
    var m = crypto.createHmac(a, 'k'); m.setEncoding(enc); m.end('x');
    var r = m.read(); console.log('hmac read', a, enc, typeof r, JSON.stringify(r));
  });
});
