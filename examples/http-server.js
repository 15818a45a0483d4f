// n10 examples/http-server.js — a small Node 0.10 HTTP server.
//   npx n10 examples/http-server.js        then: curl http://127.0.0.1:8010/hello?name=n10
var http = require('http');
var url = require('url');

var port = process.env.PORT === undefined ? 8010 : Number(process.env.PORT);
var server = http.createServer(function (req, res) {
  var u = url.parse(req.url, true);
  if (u.pathname === '/hello') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello, ' + (u.query.name || 'world') + ' from ' + process.version + '\n');
    return;
  }
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function (chunk) { body += chunk; });
  req.on('end', function () {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ method: req.method, path: u.pathname, received: body.length }) + '\n');
  });
});
server.listen(port, '127.0.0.1', function () {
  console.log('listening on http://127.0.0.1:' + server.address().port + '/hello');
});
