// createGzip fed in slices, gunzip round trip, errors of gunzip/inflate on bad data, raw deflate, unzip.
var zlib = require('zlib');
var input = new Buffer(100000); for (var i = 0; i < input.length; i++) input[i] = (i * 7) % 13 + 65;
var gz = zlib.createGzip();
var chunks = [];
gz.on('data', function (d) { chunks.push(d); });
gz.on('end', function () {
  var all = Buffer.concat(chunks);
  console.log('gz header', all.slice(0, 3).toString('hex'), 'size>0', all.length > 0);
  zlib.gunzip(all, function (e, out) { console.log('roundtrip', e, out.length, out.toString() === input.toString());
    var g = zlib.createGunzip();
    g.on('error', function (e) { console.log('gunzip error', e.code, e.errno, e.message); });
    g.end(new Buffer('not gzip data at all'));
    zlib.inflate(new Buffer([1,2,3,4]), function (e) { console.log('inflate err', e.code, e.message); });
    zlib.deflateRaw('hello', function (e, d) { zlib.inflateRaw(d, function (e, r) { console.log('raw', e, String(r)); }); });
    zlib.unzip(zlib.deflateSync ? 'x' : new Buffer(0), function (e, r) { console.log('unzip', e && e.message, r && r.length); });
  });
});
for (var o = 0; o < input.length; o += 7000) gz.write(input.slice(o, o + 7000));
gz.end();
