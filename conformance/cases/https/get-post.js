// An https server and client in one program: GET and POST, keep-alive through an Agent with
// one socket (three requests, one connection), a request the client refuses (untrusted),
// and the response as the client sees it.
var https = require('https');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var ports = {};
var server = https.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (req, res) {
  ports[req.socket.remotePort] = true;
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    res.writeHead(200, { 'content-type': 'text/plain', 'x-method': req.method });
    res.end(req.method + ' ' + req.url + ' ' + body + ' ' + req.headers.host.replace(/:\d+$/, ':PORT'));
  });
});
function fetch(opts, body, cb) {
  var req = https.request(opts, function (res) {
    var b = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { b += d; });
    res.on('end', function () { cb(null, res.statusCode + ' ' + res.headers['x-method'] + ' ' + b); });
  });
  req.on('error', function (e) { cb(e); });
  req.end(body);
}
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var ca = r('ca-cert.pem');
  fetch({ host: 'localhost', port: port, path: '/get', ca: ca }, null, function (e, out) {
    console.log('GET', e && e.message, out);
    fetch({ host: '127.0.0.1', port: port, method: 'POST', path: '/post', ca: ca, headers: { 'content-type': 'text/plain' } }, 'a=1&b=2', function (e, out) {
      console.log('POST', e && e.message, out);
      fetch({ host: '127.0.0.1', port: port, path: '/untrusted' }, null, function (e, out) {
        console.log('untrusted', e && e.message, out);
        var agent = new https.Agent({ maxSockets: 1, ca: ca });
        ports = {};
        var left = 3, results = [];
        [1, 2, 3].forEach(function (i) {
          fetch({ host: 'localhost', port: port, path: '/k' + i, agent: agent }, null, function (e, out) {
            results[i - 1] = out;
            if (--left === 0) {
              console.log('keep-alive', results, Object.keys(ports).length);
              server.close(function () { console.log('server closed'); });
            }
          });
        });
      });
    });
  });
});
