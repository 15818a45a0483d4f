// The convenience methods' compressed bytes for inputs of every kind (prose, incompressible,
// runs of zeros, a mix of all three, tiny, 1 MiB): on the host with the binding, compression
// runs on the system's zlib there (native-deflate.ts).
var zlib = require('zlib');
seed(11);
var zeros = new Buffer(300000);
zeros.fill(0);
var inputs = [['tiny', new Buffer('a')], ['prose 1 KiB', text(1024)], ['prose 1 MiB', text(1 << 20)], ['random 200 KiB', rbuf(200000)],
  ['zeros 300 KB', zeros], ['mix', Buffer.concat([text(40000), rbuf(70000), zeros.slice(0, 90000), text(120000), rbuf(3000)])],
  ['string', new Array(5000).join('abcabd\u00e9')]];
var tasks = [];
['deflate', 'deflateRaw', 'gzip'].forEach(function (m) {
  inputs.forEach(function (inp) {
    tasks.push(function (next) {
      zlib[m](inp[1], function (err, res) { out(m + ' ' + inp[0] + ' => ' + (err ? show(err) : show(res))); next(); });
    });
  });
});
series(tasks, finish);
