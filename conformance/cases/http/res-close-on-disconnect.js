// The client drops the connection mid-response: the server's res/req 'close' events.
var http = require('http');
var ev = [];
var server = http.createServer(function (req, res) {
  ev.push('srv request');
  res.on('close', function () { ev.push('res close'); server.close(); });
  res.on('finish', function () { ev.push('res finish'); });
  req.on('close', function () { ev.push('req close'); });
  req.on('end', function () { ev.push('req end'); });
  req.on('aborted', function () { ev.push('req aborted'); });
  req.resume();
  res.writeHead(200);
  res.write('partial');
});
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ port: server.address().port, host: '127.0.0.1' }, function (res) {
    res.once('data', function () { ev.push('cli data'); res.socket.destroy(); });
  });
  req.on('error', function (e) { ev.push('cli err ' + e.code); });
});
process.on('exit', function () { console.log(ev.join('\n')); });
