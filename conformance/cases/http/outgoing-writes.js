// How an outgoing message reaches its socket: which socket.write() calls, in which order,
// with what. Writes made before the socket is assigned are kept one by one and written one
// by one (0.10.19 joined none of them); a chunk of a chunked Buffer body is one buffer (size
// line, bytes, CRLF); end(data) writes the header and the body together, except a hex or
// base64 string or a Buffer past 120 KiB.
var http = require('http');
var net = require('net');
var serverLog = null, clientLog = [];
var write = net.Socket.prototype.write;
net.Socket.prototype.write = function (data, encoding) {
  if (this === process.stdout || this === process.stderr) return write.apply(this, arguments);
  var log = this.server ? serverLog : clientLog;
  if (log) {
    var s = Buffer.isBuffer(data) ? data.toString('binary') : String(data);
    var shown = s.length > 60 ? s.slice(0, 30) + '...' + s.slice(-12) : s;
    log.push((Buffer.isBuffer(data) ? 'buffer ' : 'string ') + s.length + ' ' +
      JSON.stringify(shown.replace(/Host: [^\r]*\r\n/, '').replace(/Date: [^\r]*\r\n/, '')) +
      (encoding && typeof encoding === 'string' ? ' ' + encoding : ''));
  }
  return write.apply(this, arguments);
};

var big = new Buffer(130 * 1024); big.fill(120);
var responses = {
  '/buffer-chunks': function (res) { res.write(new Buffer('abc')); res.write(new Buffer('de')); res.end(); },
  '/end-buffer': function (res) { res.end(new Buffer('hello')); },
  '/end-buffer-chunked': function (res) { res.writeHead(200, { 'Transfer-Encoding': 'chunked' }); res.end(new Buffer('hello')); },
  '/end-hex': function (res) { res.end('68656c6c6f', 'hex'); },
  '/end-base64-cl': function (res) { res.writeHead(200, { 'Content-Length': 5 }); res.end('aGVsbG8=', 'base64'); },
  '/end-big': function (res) { res.writeHead(200, { 'Content-Length': big.length }); res.end(big); },
  '/strings': function (res) { res.write('one'); res.write('two', 'utf8'); res.end('three'); }
};
var server = http.createServer(function (req, res) {
  req.resume();
  req.on('end', function () {
    serverLog = [];
    responses[req.url](res);
    console.log('response', req.url + '\n  ' + serverLog.join('\n  '));
    serverLog = null;
  });
});
server.listen(0, '127.0.0.1', function () {
  var agent = new http.Agent({ maxSockets: 1 });
  var port = server.address().port;
  var paths = Object.keys(responses);
  var left = paths.length;
  // Queued requests: everything is written before the (shared) socket is theirs.
  paths.forEach(function (p, i) {
    var req = http.request({ port: port, host: '127.0.0.1', path: p, method: 'POST', agent: agent }, function (res) {
      res.resume();
      res.on('end', function () {
        if (--left > 0) return;
        console.log('requests\n  ' + clientLog.join('\n  '));
        server.close();
      });
    });
    if (i % 3 === 0) { req.write('abc'); req.end('def'); }
    else if (i % 3 === 1) { req.write(new Buffer('abc')); req.write('de', 'hex'); req.end(); }
    else { req.end(new Buffer('xyz')); }
  });
});
