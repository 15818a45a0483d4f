// Pipelined requests on one connection are answered in order even when the first is slow; HEAD and HTTP/1.0 in the pipeline.
var http = require('http'), net = require('net');
var seen = [];
var server = http.createServer(function (req, res) {
  seen.push(req.method + ' ' + req.url);
  var delay = req.url === '/1' ? 30 : 0;
  setTimeout(function () { res.end('body of ' + req.url); }, delay);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var data = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { data += d; });
  c.on('end', function () {
    console.log(seen);
    console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/g, '')));
    server.close();
  });
  c.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nHEAD /3 HTTP/1.1\r\nHost: a\r\n\r\nGET /4 HTTP/1.0\r\n\r\n');
});
