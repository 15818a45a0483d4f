// server.setTimeout(ms, cb): the callback gets the idle socket; the client sees socket hang up.
var http = require('http'), net = require('net');
var ev = [];
var server = http.createServer(function (req, res) { ev.push('request ' + req.url); });
server.setTimeout(50, function (sock) { ev.push('server timeout cb ' + (sock instanceof net.Socket)); sock.destroy(); });
console.log('timeout prop', server.timeout);
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ port: server.address().port, host: '127.0.0.1', path: '/hang' });
  req.on('error', function (e) { ev.push('client error ' + e.message + ' ' + e.code); });
  req.on('close', function () { ev.push('client close'); server.close(); });
  req.setTimeout(1000, function () { ev.push('client timeout'); });
});
process.on('exit', function () { console.log(ev.join('\n')); });
