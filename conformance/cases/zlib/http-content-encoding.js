// The manual's HTTP example: a server compressing by accept-encoding, a client inflating by
// content-encoding (requests one after another).
var zlib = require('zlib');
var http = require('http');
var body = new Array(300).join('hello http and zlib, ');
var server = http.createServer(function (req, res) {
  var ae = req.headers['accept-encoding'] || '';
  if (/\bdeflate\b/.test(ae)) {
    res.writeHead(200, { 'content-encoding': 'deflate' });
    var d = zlib.createDeflate();
    d.pipe(res);
    d.end(body);
  } else if (/\bgzip\b/.test(ae)) {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    var g = zlib.createGzip();
    g.pipe(res);
    g.end(body);
  } else {
    res.writeHead(200, {});
    res.end(body);
  }
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var encodings = ['gzip', 'deflate', 'gzip,deflate', 'identity'];
  (function next() {
    var enc = encodings.shift();
    if (!enc) return server.close(function () { console.log('closed'); });
    http.get({ host: '127.0.0.1', port: port, path: '/', headers: { 'accept-encoding': enc } }, function (res) {
      var ce = res.headers['content-encoding'];
      var out = ce === 'gzip' ? res.pipe(zlib.createGunzip()) : ce === 'deflate' ? res.pipe(zlib.createInflate()) : res;
      var chunks = [], raw = [];
      res.on('data', function (d) { raw.push(d); });
      out.on('data', function (d) { chunks.push(d); });
      out.on('end', function () {
        var wire = Buffer.concat(raw);
        console.log(enc, '->', ce, wire.length, wire.slice(0, 12).toString('hex'), Buffer.concat(chunks).toString() === body);
        next();
      });
    });
  })();
});
