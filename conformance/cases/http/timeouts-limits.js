// Timeouts and limits: server.timeout (2 minutes by default) and server.setTimeout with and
// without a 'timeout' listener, response.setTimeout and message.setTimeout, timeout 0;
// server.maxHeadersCount and a request's maxHeadersCount (extra headers dropped; 0 means no
// limit).
var http = require('http');
var net = require('net');

var log = function () { console.log.apply(console, arguments); };

function headerLines(n) {
  var s = '';
  for (var i = 0; i < n; i++) s += 'H' + i + ': v' + i + '\r\n';
  return s;
}

var steps = [
  function (next) {
    var srv = http.createServer(function () {});
    log('default timeout', srv.timeout);
    srv.setTimeout(50);
    log('after setTimeout', srv.timeout, srv.listeners('timeout').length);
    srv.listen(0, '127.0.0.1', function () {
      var c = net.connect(srv.address().port, '127.0.0.1', function () { c.write('GET / HTTP/1.1\r\n\r\n'); });
      c.on('close', function () { log('idle connection destroyed'); srv.close(next); });
    });
  },
  function (next) {
    var srv = http.createServer(function () {});
    srv.setTimeout(50, function (socket) {
      log('server timeout callback', socket instanceof net.Socket);
      socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    });
    srv.listen(0, '127.0.0.1', function () {
      var c = net.connect(srv.address().port, '127.0.0.1', function () { c.write('GET / HTTP/1.1\r\n\r\n'); });
      var got = '';
      c.on('data', function (d) { got += d; });
      c.on('close', function () { log('got', JSON.stringify(got)); srv.close(next); });
    });
  },
  function (next) {
    var srv = http.createServer(function (req, res) {
      res.setTimeout(50, function (socket) {
        log('res timeout', socket === req.socket);
        res.end('late');
      });
    });
    srv.listen(0, '127.0.0.1', function () {
      http.get({ port: srv.address().port, host: '127.0.0.1' }, function (res) {
        res.setEncoding('utf8');
        res.on('data', function (d) { log('client got', d); });
        res.on('end', function () { srv.close(next); });
      });
    });
  },
  function (next) {
    var srv = http.createServer(function (req, res) {
      req.setTimeout(50, function () {
        log('message timeout');
        res.end('msg');
      });
    });
    srv.listen(0, '127.0.0.1', function () {
      var req = http.request({ port: srv.address().port, host: '127.0.0.1', method: 'POST' }, function (res) {
        res.resume();
        res.on('end', function () { srv.close(next); });
      });
      req.write('partial');
    });
  },
  function (next) {
    var srv = http.createServer(function (req, res) {
      log('headers', Object.keys(req.headers).length);
      res.end();
    });
    srv.timeout = 0;
    srv.maxHeadersCount = 3;
    srv.listen(0, '127.0.0.1', function () {
      var port = srv.address().port;
      var c = net.connect(port, '127.0.0.1', function () { c.end('GET / HTTP/1.1\r\n' + headerLines(10) + '\r\n'); });
      c.resume();
      c.on('close', function () {
        srv.maxHeadersCount = 0;
        var c2 = net.connect(port, '127.0.0.1', function () { c2.end('GET / HTTP/1.1\r\n' + headerLines(1500) + '\r\n'); });
        c2.resume();
        c2.on('close', function () {
          srv.maxHeadersCount = undefined;
          var c3 = net.connect(port, '127.0.0.1', function () { c3.end('GET / HTTP/1.1\r\n' + headerLines(1500) + '\r\n'); });
          c3.resume();
          c3.on('close', function () { srv.close(next); });
        });
      });
    });
  },
  function (next) {
    var srv = net.createServer(function (s) {
      s.once('data', function () { s.end('HTTP/1.1 200 OK\r\n' + headerLines(40) + 'Content-Length: 0\r\n\r\n'); });
    });
    srv.listen(0, '127.0.0.1', function () {
      var req = http.get({ port: srv.address().port, host: '127.0.0.1' }, function (res) {
        log('response headers', Object.keys(res.headers).length);
        res.resume();
        res.on('end', function () { srv.close(next); });
      });
      req.maxHeadersCount = 5;
    });
  }
];

var i = 0;
(function next() {
  if (i === steps.length) return log('done');
  steps[i++](next);
})();
