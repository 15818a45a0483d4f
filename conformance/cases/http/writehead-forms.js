// res.writeHead forms and status lines as bytes on the wire: reason phrases, header objects/arrays, 204/304 bodies, writeContinue, trailers, unknown codes.
var http = require('http');
var net = require('net');
var cases = [
  function (res) { res.writeHead(200); res.end(); },
  function (res) { res.writeHead(201, 'Made It'); res.end('x'); },
  function (res) { res.writeHead(202, 'Acc', { 'X-A': 'b' }); res.end(); },
  function (res) { res.writeHead(404, { 'x-lower': 'v', 'Content-Length': 3 }); res.end('abc'); },
  function (res) { res.statusCode = 418; res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.end('tea'); },
  function (res) { res.statusCode = 299; res.end(); },
  function (res) { res.writeHead(204); res.end('ignored?'); },
  function (res) { res.writeHead(304, { 'Content-Length': 10 }); res.end(); },
  function (res) { res.setHeader('X-Before', '1'); res.writeHead(200, { 'X-Head': '2' }); res.end(); },
  function (res) { res.write('chunk1'); res.write(''); res.end('chunk2'); },
  function (res) { res.writeHead(200, [['X-Arr', '1'], ['X-Arr', '2']]); res.end(); },
  function (res) { res.sendDate = false; res.writeHead(500); res.end(); },
  function (res) { res.writeContinue(); res.writeHead(200); res.end('after continue'); },
  function (res) { res.writeHead(200, { 'Transfer-Encoding': 'chunked' }); res.write(new Buffer('buf')); res.addTrailers({ 'X-Trailer': 'yes' }); res.end(); },
  function (res) { res.writeHead(200, { 'Connection': 'close' }); res.end('closing'); },
  function (res) { res.writeHead(700); res.end(); },
  function (res) { res.writeHead('201'); res.end(); },
  function (res) { res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength('héllo') }); res.end('héllo'); },
];
var i = 0;
var server = http.createServer(function (req, res) {
  console.log('headersSent before', res.headersSent);
  cases[+req.url.slice(1)](res);
  console.log('headersSent after', res.headersSent, 'finished', res.finished);
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  function next() {
    if (i === cases.length) return server.close();
    var c = net.connect(port, '127.0.0.1');
    var data = '';
    c.on('data', function (d) { data += d; });
    c.on('end', function () {
      console.log(i, JSON.stringify(data.replace(/Date: [^\r]*\r\n/, 'Date: X\r\n')));
      i++; next();
    });
    c.end('GET /' + i + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }
  next();
});
