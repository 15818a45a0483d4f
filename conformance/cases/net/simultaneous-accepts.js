// Clients that connect in the same tick: 0.10 accepted every pending connection at once,
// so the server's 'connection' events all come before the clients' 'connect' events, and
// an HTTP server reads both requests before either response arrives.
var net = require('net'), http = require('http');
var ev = [];
var server = net.createServer(function (s) { ev.push('srv connection'); s.end(); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var done = 0;
  [1, 2, 3].forEach(function (i) {
    var c = net.connect(port, '127.0.0.1', function () { ev.push('client ' + i + ' connect'); });
    c.resume();
    c.on('close', function () { if (++done === 3) { server.close(); httpPart(); } });
  });
});
function httpPart() {
  var hs = http.createServer(function (req, res) { ev.push('srv ' + req.url); res.end('x'); });
  hs.on('connection', function () { ev.push('http connection'); });
  hs.listen(0, '127.0.0.1', function () {
    var port = hs.address().port;
    var n = 0;
    ['/1', '/2'].forEach(function (p) {
      var r = http.get({ port: port, host: '127.0.0.1', path: p, agent: false }, function (res) {
        ev.push('res ' + p); res.resume();
        res.on('end', function () { if (++n === 2) hs.close(); });
      });
      r.on('socket', function (s) { s.on('connect', function () { ev.push('connect ' + p); }); });
    });
  });
}
process.on('exit', function () { console.log(ev.join('\n')); });
