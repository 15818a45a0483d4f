// The server's events in order: 'connection', 'request', the request's 'data'/'end', the
// response's 'finish'; a client gone before the response ends ('aborted' and 'close' on the
// request, 'close' on the response); 'checkContinue' and writeContinue; the automatic
// 100 Continue; HTTP/1.1 Expect on an HTTP/1.0 request; server.close() and 'close'.
var http = require('http');
var net = require('net');
var raw = require('./lib/raw');

var log = function () { console.log.apply(console, arguments); };
var onGone;
var server = http.createServer();
server.on('connection', function (s) {
  log('connection', s instanceof net.Socket, s.listeners('data').length, s.listeners('end').length, typeof s.ondata, typeof s.onend);
  s.on('close', function () { log('socket close'); });
});
server.on('request', function (req, res) {
  log('request', req.method, req.url, res.statusCode, res.headersSent, res.sendDate, res.socket === req.socket, res.connection === req.connection, req.socket.listeners('close').length);
  req.on('data', function (d) { log('req data', JSON.stringify(String(d))); });
  req.on('end', function () { log('req end', req.complete); });
  req.on('close', function () { log('req close'); });
  req.on('aborted', function () { log('req aborted'); });
  res.on('finish', function () { log('res finish', res.finished, res.socket === null); });
  res.on('close', function () { log('res close'); });
  if (req.url === '/hang') return;
  if (req.url === '/gone') {
    req.on('close', function () { log('end after close', res.end('late')); });
    return onGone();
  }
  if (req.url === '/later') return setTimeout(function () { res.end('later'); }, 30);
  res.end('done ' + req.url);
});
server.on('checkContinue', function (req, res) {
  log('checkContinue', req.url, req.headers.expect);
  if (req.url === '/deny') {
    res.writeHead(417);
    res.end();
    return;
  }
  res.writeContinue();
  server.emit('request', req, res);
});
server.on('close', function () { log('server close'); });

var steps = [
  function (port, next) { raw.exchange(port, 'GET /a HTTP/1.1\r\n\r\n', {}, function (t) { log(JSON.stringify(t)); next(); }); },
  function (port, next) { raw.exchange(port, 'POST /b HTTP/1.1\r\nContent-Length: 4\r\nConnection: close\r\n\r\nbody', { waitClose: true }, function (t) { log(JSON.stringify(t)); next(); }); },
  function (port, next) {
    // The client leaves before the response ends.
    var c = net.connect(port, '127.0.0.1', function () { c.write('GET /hang HTTP/1.1\r\n\r\n'); setTimeout(function () { c.destroy(); }, 30); });
    c.on('close', function () { setTimeout(next, 30); });
  },
  function (port, next) {
    // The client leaves as soon as the request is seen; the response is ended after that.
    var c = net.connect(port, '127.0.0.1', function () { c.write('GET /gone HTTP/1.1\r\n\r\n'); });
    onGone = function () { c.destroy(); };
    c.on('close', function () { setTimeout(next, 60); });
  },
  function (port, next) {
    var c = net.connect(port, '127.0.0.1', function () { c.end('GET /hang HTTP/1.1\r\n\r\n'); });
    c.on('data', function (d) { log('half-closed got', JSON.stringify(String(d))); });
    c.on('close', function () { setTimeout(next, 30); });
  },
  function (port, next) { raw.exchange(port, ['POST /continue HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n', 'abc'], { responses: 2 }, function (t) { log(JSON.stringify(t)); next(); }); },
  function (port, next) { raw.exchange(port, 'POST /deny HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n', { waitClose: true }, function (t) { log(JSON.stringify(t)); next(); }); },
  function (port, next) { raw.exchange(port, 'POST /ten HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc', { waitClose: true }, function (t) { log(JSON.stringify(t)); next(); }); },
  function (port, next) {
    server.removeAllListeners('checkContinue');
    raw.exchange(port, ['POST /auto HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n', 'abc'], { responses: 2 }, function (t) { log(JSON.stringify(t)); next(); });
  },
  function (port, next) {
    // Pipelined: the second response waits for the first.
    raw.exchange(port, 'GET /later HTTP/1.1\r\n\r\nGET /quick HTTP/1.1\r\n\r\n', { responses: 2 }, function (t) { log(JSON.stringify(t)); next(); });
  },
  function (port, next) {
    server.httpAllowHalfOpen = true;
    var c = net.connect(port, '127.0.0.1', function () { c.end('GET /later HTTP/1.1\r\n\r\n'); });
    var got = '';
    c.on('data', function (d) { got += d; });
    // (Printed a little later: the two ends' 'close' events race.)
    c.on('close', function () {
      setTimeout(function () {
        log('allowHalfOpen got', JSON.stringify(raw.clean(got)));
        server.httpAllowHalfOpen = false;
        next();
      }, 30);
    });
  }
];

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var i = 0;
  (function next() {
    if (i === steps.length) {
      server.close(function () { log('close callback'); });
      return;
    }
    log('--- step', i);
    steps[i++](port, function () { setTimeout(next, 10); });
  })();
});
