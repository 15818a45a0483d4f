// res.writeHead(undefined) (a status taken from an error without one): 0.10 failed at
// statusCode.toString(), in V8 3.14's words, in a frame named ServerResponse.writeHead.
var http = require('http');

var server = http.createServer(function (req, res) {
  try {
    res.writeHead(req.url === '/null' ? null : undefined, { 'Content-Type': 'text/plain' });
  } catch (e) {
    console.log(e.name, e.message, res.statusCode);
    console.log(e.stack.split('\n')[1].replace(/ \(.*\)$/, '').trim());
  }
  res.statusCode = 500;
  res.end('after');
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  http.get({ host: '127.0.0.1', port: port, path: '/undefined' }, function (res) {
    res.setEncoding('utf8');
    res.on('data', function (d) { console.log(res.statusCode, d); });
    res.on('end', function () {
      http.get({ host: '127.0.0.1', port: port, path: '/null' }, function (res) {
        res.resume();
        res.on('end', function () { console.log(res.statusCode); server.close(); });
      });
    });
  });
});
