// The manual's examples and the seven convenience methods, with their outputs in hex.
var zlib = require('zlib');
var input = '.................................';
zlib.deflate(input, function (err, buffer) {
  if (!err) console.log('deflate', buffer.toString('base64'));
  var buf = new Buffer('eJzT0yMAAGTvBe8=', 'base64');
  zlib.unzip(buf, function (err, buffer) {
    if (!err) console.log('unzip', buffer.toString());
    var text = new Array(200).join('hello zlib, hello node 0.10; ');
    zlib.gzip(text, function (e1, gz) {
      console.log('gzip', e1, gz.length, gz.toString('hex'));
      zlib.gunzip(gz, function (e2, back) {
        console.log('gunzip', e2, back.toString() === text);
        zlib.deflateRaw(new Buffer(text), function (e3, raw) {
          console.log('deflateRaw', e3, raw.toString('hex'));
          zlib.inflateRaw(raw, function (e4, back2) {
            console.log('inflateRaw', e4, back2.length);
            zlib.inflate(new Buffer('garbage'), function (e5, r5) {
              console.log('inflate garbage', e5.message, e5.errno, e5.code, r5);
              zlib.gunzip(new Buffer(0), function (e6, r6) {
                console.log('gunzip empty', e6, r6);
                zlib.unzip(gz, function (e7, r7) { console.log('unzip gzip', e7, r7.length); });
              });
            });
          });
        });
      });
    });
  });
});
