// Expect: 100-continue: server 'checkContinue' + writeContinue, client 'continue'; a 417 instead.
var http = require('http');
var ev = [];
var server = http.createServer(function (req, res) { ev.push('request handler (no checkContinue listener) ' + req.url); req.resume(); req.on('end', function () { res.end('plain'); }); });
server.on('checkContinue', function (req, res) {
  ev.push('checkContinue ' + req.headers.expect);
  if (req.url === '/reject') { res.writeHead(417); res.end('nope'); return; }
  res.writeContinue();
  var b = '';
  req.on('data', function (d) { b += d; });
  req.on('end', function () { res.end('got ' + b); });
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var req = http.request({ port: port, host: '127.0.0.1', method: 'POST', path: '/ok', headers: { Expect: '100-continue' } });
  req.on('continue', function () { ev.push('client continue'); req.end('payload'); });
  req.on('response', function (res) {
    var b = ''; res.on('data', function (d) { b += d; });
    res.on('end', function () {
      ev.push('response ' + res.statusCode + ' ' + b);
      var r2 = http.request({ port: port, host: '127.0.0.1', method: 'POST', path: '/reject', headers: { Expect: '100-continue' } });
      r2.on('continue', function () { ev.push('r2 continue?'); });
      r2.on('response', function (res) { var b = ''; res.on('data', function (d) { b += d; }); res.on('end', function () { ev.push('r2 response ' + res.statusCode + ' ' + b); server.close(); }); });
      r2.end();
    });
  });
});
process.on('exit', function () { console.log(ev.join('\n')); });
