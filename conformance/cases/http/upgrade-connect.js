// 'upgrade' and 'connect' end to end, on both sides: the manual's two examples (an
// upgrading echo server, a CONNECT tunnelling proxy), the head buffers, the sockets handed
// over (their data flows as plain net data afterwards), and what happens without a
// listener (the connection is closed).
var http = require('http');
var net = require('net');

var log = function () { console.log.apply(console, arguments); };

function upgradeExample(done) {
  var srv = http.createServer(function (req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('okay');
  });
  srv.on('upgrade', function (req, socket, head) {
    log('server upgrade', req.url, JSON.stringify(req.headers).replace(/:\d+"/, ':<port>"'), JSON.stringify(String(head)), socket.readable, socket.writable, typeof socket.ondata);
    socket.write('HTTP/1.1 101 Web Socket Protocol Handshake\r\n' +
                 'Upgrade: WebSocket\r\n' +
                 'Connection: Upgrade\r\n' +
                 '\r\n');
    socket.pipe(socket); // echo back
  });
  srv.listen(0, '127.0.0.1', function () {
    var req = http.request({
      port: srv.address().port,
      hostname: '127.0.0.1',
      headers: { 'Connection': 'Upgrade', 'Upgrade': 'websocket' }
    });
    req.end('early bytes');
    req.on('upgrade', function (res, socket, upgradeHead) {
      log('got upgraded!', res.statusCode, JSON.stringify(res.headers), JSON.stringify(String(upgradeHead)));
      socket.on('data', function (d) {
        log('echo', String(d));
        socket.end();
      });
      socket.on('close', function () { srv.close(done); });
      socket.write('ping');
    });
  });
}

function connectExample(done) {
  var origin = net.createServer(function (s) {
    s.once('data', function (d) {
      log('origin got', JSON.stringify(String(d)));
      s.end('HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\norigin');
    });
  });
  var proxy = http.createServer(function (req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('okay');
  });
  proxy.on('connect', function (req, cltSocket, head) {
    log('proxy connect', req.url.replace(/:\d+$/, ':<port>'), JSON.stringify(String(head)));
    var parts = req.url.split(':');
    var srvSocket = net.connect(+parts[1], parts[0], function () {
      cltSocket.write('HTTP/1.1 200 Connection Established\r\n' +
                      'Proxy-agent: Node-Proxy\r\n' +
                      '\r\n');
      srvSocket.write(head);
      srvSocket.pipe(cltSocket);
      cltSocket.pipe(srvSocket);
    });
  });
  origin.listen(0, '127.0.0.1', function () {
    proxy.listen(0, '127.0.0.1', function () {
      var req = http.request({
        port: proxy.address().port,
        hostname: '127.0.0.1',
        method: 'CONNECT',
        path: '127.0.0.1:' + origin.address().port
      });
      req.end();
      req.on('connect', function (res, socket, head) {
        log('got connected!', res.statusCode, JSON.stringify(res.headers), JSON.stringify(String(head)));
        socket.write('GET / HTTP/1.1\r\n' +
                     'Host: origin\r\n' +
                     'Connection: close\r\n' +
                     '\r\n');
        var got = '';
        socket.on('data', function (chunk) { got += chunk; });
        socket.on('end', function () {
          log('through the tunnel', JSON.stringify(got));
          proxy.close();
          origin.close(done);
        });
      });
    });
  });
}

function noListeners(done) {
  var srv = http.createServer(function (req, res) { res.end('plain'); });
  srv.listen(0, '127.0.0.1', function () {
    var port = srv.address().port;
    var c = net.connect(port, '127.0.0.1', function () {
      c.write('GET / HTTP/1.1\r\nUpgrade: x\r\n\r\n');
    });
    c.on('data', function (d) { log('unexpected', String(d)); });
    c.on('close', function () {
      log('upgrade without listener: closed');
      var c2 = net.connect(port, '127.0.0.1', function () { c2.write('CONNECT a:1 HTTP/1.1\r\n\r\n'); });
      c2.on('close', function () {
        log('connect without listener: closed');
        // The client side: a 101 nobody listens for.
        var raw = net.createServer(function (s) {
          s.once('data', function () { s.write('HTTP/1.1 101 Switching\r\nUpgrade: x\r\n\r\nmore'); });
        });
        raw.listen(0, '127.0.0.1', function () {
          var req = http.get({ port: raw.address().port, host: '127.0.0.1', headers: { Upgrade: 'x', Connection: 'Upgrade' } });
          req.on('response', function () { log('unexpected response'); });
          req.on('close', function () { log('client upgrade without listener: req close'); raw.close(); srv.close(done); });
          req.on('error', function (e) { log('client error', e.message); });
        });
      });
    });
  });
}

upgradeExample(function () {
  connectExample(function () {
    noListeners(function () { log('done'); });
  });
});
