// POST/PUT/PATCH bodies (chunked, Content-Length, empty, 300 kB) as the server receives them.
var http = require('http');
var crypto = require('crypto');
var server = http.createServer(function (req, res) {
  var chunks = [], n = 0;
  req.on('data', function (d) { chunks.push(d); n++; });
  req.on('end', function () {
    var body = Buffer.concat(chunks);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ method: req.method, len: body.length, md5: crypto.createHash('md5').update(body).digest('hex'), te: req.headers['transfer-encoding'] || null, cl: req.headers['content-length'] || null, trailers: req.trailers, v: req.httpVersion }));
  });
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var big = new Buffer(300000); for (var i = 0; i < big.length; i++) big[i] = i % 251;
  var todo = [
    { method: 'POST', body: [big] },
    { method: 'PUT', body: ['a', 'b', 'c'], headers: { 'Content-Length': 3 } },
    { method: 'POST', body: [], headers: {} },
    { method: 'PATCH', body: ['{"x":1}'], headers: { 'Content-Type': 'application/json' } },
  ];
  var k = 0;
  (function next() {
    if (k === todo.length) return server.close();
    var t = todo[k++];
    var req = http.request({ port: port, host: '127.0.0.1', method: t.method, path: '/', headers: t.headers }, function (res) {
      var s = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { s += d; });
      res.on('end', function () { console.log(res.statusCode, res.headers['content-type'], s); next(); });
    });
    t.body.forEach(function (b) { req.write(b); });
    req.end();
  })();
});
