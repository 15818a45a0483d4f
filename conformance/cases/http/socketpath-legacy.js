// A server on a UNIX socket and a client using socketPath (Connection: close, no Host
// port); the deprecated http.createClient / http.Client (its request(method, path,
// headers) and request(path, headers) forms, its 'end' on socket end); server.listen's
// callback and 'listening'; server.address().
var http = require('http');
var fs = require('fs');
var path = require('path');

var log = function () { console.log.apply(console, arguments); };
var sock = path.join(require('os').tmpdir(), 'n10-http-case-' + process.pid + '.sock');
try { fs.unlinkSync(sock); } catch (e) {}

var server = http.createServer(function (req, res) {
  log('server', req.method, req.url, JSON.stringify(req.headers).replace(/:\d+"/, ':<port>"'));
  res.end('hi ' + req.url);
});
server.listen(sock, function () {
  log('listening on a pipe', server.address() === sock);
  var req = http.get({ socketPath: sock, path: '/over-pipe' }, function (res) {
    log('pipe response', res.statusCode, res.headers.connection);
    res.setEncoding('utf8');
    res.on('data', function (d) { log('pipe body', d); });
    res.on('end', function () {
      server.close(function () {
        log('pipe server closed', fs.existsSync(sock));
        legacy();
      });
    });
  });
  log('socketPath request', req.shouldKeepAlive, req._last, req.socketPath === sock, req.agent === http.globalAgent);
});

function legacy() {
  var srv = http.createServer(function (req, res) {
    log('server', req.method, req.url, JSON.stringify(req.headers).replace(/:\d+"/, ':<port>"'));
    res.end('legacy ' + req.url);
  });
  srv.on('listening', function () { log('listening event'); });
  srv.listen(0, '127.0.0.1', function () {
    var port = srv.address().port;
    log('address', typeof port, srv.address().address, srv.address().family);
    var client = http.createClient(port, '127.0.0.1');
    log('client', client instanceof http.Client, client.host, client.port === port, client.agent.maxSockets, JSON.stringify(client.agent.options).replace(/"port":\d+/, '"port":<port>'));
    var r1 = client.request('GET', '/one', { 'X-A': 'b' });
    r1.on('response', function (res) {
      res.setEncoding('utf8');
      res.on('data', function (d) { log('legacy body', d); });
      res.on('end', function () {
        var r2 = client.request('/two', { 'X-B': 'c' });
        r2.on('response', function (res2) {
          res2.resume();
          res2.on('end', function () { log('legacy done', res2.statusCode); srv.close(); });
        });
        r2.end();
      });
    });
    client.on('end', function () { log('client end'); });
    r1.end();
  });
}
