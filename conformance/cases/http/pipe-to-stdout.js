// A response piped to process.stdout (end: false) and a gzip response through createGunzip to stdout.
var http = require('http'), fs = require('fs'), zlib = require('zlib');
var server = http.createServer(function (req, res) {
  if (req.url === '/gz') {
    res.writeHead(200, { 'Content-Encoding': 'gzip' });
    var gz = zlib.createGzip();
    gz.pipe(res);
    gz.end('compressed body line\n');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  fs.createReadStream(__filename, { start: 0, end: 40 }).pipe(res);
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  http.get({ port: port, host: '127.0.0.1', path: '/' }, function (res) {
    res.pipe(process.stdout, { end: false });
    res.on('end', function () {
      process.stdout.write('\n--\n');
      http.get({ port: port, host: '127.0.0.1', path: '/gz' }, function (res) {
        res.pipe(zlib.createGunzip()).pipe(process.stdout);
        res.on('end', function () { server.close(); });
      });
    });
  });
});
process.on('exit', function () { console.log('exit'); });
