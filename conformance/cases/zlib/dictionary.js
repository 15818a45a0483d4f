// Option dictionary on Deflate/Inflate (and what raw and gzip streams do with one).
var zlib = require('zlib');
var dict = new Buffer('the quick brown fox jumps over the lazy dog');
var input = new Buffer('the lazy dog jumps over the quick brown fox, and the fox sleeps');
function pack(kind, opts, data, cb) {
  var z = new zlib[kind](opts), out = [];
  z.on('data', function (d) { out.push(d); });
  z.on('error', function (e) { cb(e); });
  z.on('end', function () { cb(null, Buffer.concat(out)); });
  z.end(data);
}
pack('Deflate', { dictionary: dict }, input, function (e, d) {
  console.log('deflate', d.toString('hex'));
  pack('Inflate', { dictionary: dict }, d, function (e2, r) {
    console.log('inflate', e2, String(r));
    pack('Inflate', {}, d, function (e3) {
      console.log('no dictionary:', e3.message, e3.errno, e3.code);
      pack('Inflate', { dictionary: new Buffer('wrong') }, d, function (e4) {
        console.log('wrong dictionary:', e4.message, e4.errno, e4.code);
        pack('DeflateRaw', { dictionary: dict }, input, function (e5, raw) {
          console.log('deflateRaw', raw.toString('hex'));
          pack('Gzip', { dictionary: dict }, input, function (e6, gz) {
            console.log('gzip ignores it', gz.toString('hex'));
            pack('Deflate', { dictionary: new Buffer('ab') }, new Buffer('ababab'), function (e7, s) {
              console.log('2-byte dictionary ignored', s.toString('hex'));
            });
          });
        });
      });
    });
  });
});
