// An https POST (agent: false) whose server answers and closes the connection: the client's
// socket is destroyed once the pair closes, and no late write error (ECONNRESET) reaches the
// request after its response ended.
var https = require('https'), fs = require('fs');
var F = __dirname + '/fixtures/';
var events = [];
var server = https.createServer({key: fs.readFileSync(F + 'server-key.pem'), cert: fs.readFileSync(F + 'server-cert.pem')}, function (req, res) {
  events.push('server request ' + req.method);
  res.end('secure');
});
server.listen(0, '127.0.0.1', function () {
  var req = https.request({host: '127.0.0.1', port: server.address().port, path: '/c', method: 'POST', rejectUnauthorized: false, agent: false}, function (res) {
    var body = '';
    res.on('data', function (d) { body += d; });
    res.on('end', function () { events.push('response ' + res.statusCode + ' ' + body); server.close(); });
  });
  req.on('socket', function (s) { s.on('close', function () { events.push('client close'); }); });
  req.on('error', function (e) { events.push('request error ' + e.message); });
  req.end('x');
});
process.on('exit', function () { console.log(events.join('\n')); });
