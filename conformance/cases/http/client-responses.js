// IncomingMessage on the client: what each raw response becomes (statusCode, httpVersion,
// headers, trailers, body), and the events in order: 'continue', 'response', 'data', 'end',
// 'close', 'aborted', 'upgrade'/'connect' with their head buffer, and 'error' for parse
// errors (code, bytesParsed) and for a server that hangs up ('socket hang up', ECONNRESET).
var http = require('http');
var net = require('net');

var cases = [
  ['GET', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\nx-a: 2\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n\r\nhello'],
  ['GET', 'HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\nX-T: v\r\nX-T: w\r\n\r\n'],
  ['GET', 'HTTP/1.0 200 OK\r\n\r\nuntil the close', true],
  ['GET', 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the close too', true],
  ['HEAD', 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n'],
  ['GET', 'HTTP/1.1 204 No Content\r\n\r\n'],
  ['GET', 'HTTP/1.1 304 Not Modified\r\nETag: x\r\n\r\n'],
  ['POST', 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'],
  ['GET', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nno'],
  ['GET', 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort', true],
  ['GET', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel', true],
  ['GET', 'XTTP/1.1 200 OK\r\n\r\n'],
  ['GET', 'HTTP/1.1 2000 OK\r\n\r\n'],
  ['GET', 'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n'],
  ['GET', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ['GET', '', true],
  ['GET', 'HTTP/1.1 200 OK\r\n', true],
  ['GET', 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nAFTER', false, 'upgrade'],
  ['GET', 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nAFTER', false, null],
  ['CONNECT', 'HTTP/1.1 200 Connection established\r\n\r\n', false, 'connect'],
  ['GET', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n\xc3\xa9', false, null, 'utf8'],
  ['GET', 'HTTP/1.1 200 OK\r\nX-U: \xc3\xa9\r\nContent-Length: 0\r\n\r\n']
];

var i = 0;
var current;
var server = net.createServer(function (socket) {
  var c = current, got = '';
  socket.on('data', function (d) {
    got += d.toString('binary');
    if (got.indexOf('\r\n\r\n') < 0) return;
    if (c[1]) socket.write(new Buffer(c[1], 'binary'));
    if (c[2]) socket.end();
  });
  socket.on('error', function () {});
});

function next() {
  if (i === cases.length) return server.close();
  var c = current = cases[i++];
  var port = server.address().port;
  console.log(i - 1, c[0], JSON.stringify(c[1]));
  var ended = false;
  function step() {
    if (ended) return;
    ended = true;
    setTimeout(next, 20);
  }
  var req = http.request({ port: port, host: '127.0.0.1', method: c[0], agent: false });
  req.on('socket', function () { console.log('  socket'); });
  req.on('continue', function () { console.log('  continue'); });
  req.on('response', function (res) {
    console.log('  response', res.statusCode, res.httpVersion, res.httpVersionMajor, res.httpVersionMinor, JSON.stringify(res.headers), res.complete, res.readable, res.req === req, res.socket === req.socket, res.connection === res.socket, res.url, res.method);
    var body = '';
    if (c[4]) res.setEncoding(c[4]);
    res.on('data', function (d) { body += typeof d === 'string' ? d : d.toString('binary'); });
    res.on('end', function () { console.log('  end', JSON.stringify(body), JSON.stringify(res.trailers), res.complete, res.readable); step(); });
    res.on('close', function () { console.log('  res close'); });
    res.on('aborted', function () { console.log('  res aborted'); });
  });
  if (c[3]) {
    req.on(c[3], function (res, socket, head) {
      console.log('  ' + c[3], res.statusCode, JSON.stringify(res.headers), JSON.stringify(head.toString()), Buffer.isBuffer(head), socket instanceof net.Socket, res.upgrade);
      socket.destroy();
      step();
    });
  }
  req.on('error', function (e) {
    console.log('  error', e.message, e.code, e.bytesParsed);
    step();
  });
  req.on('close', function () { console.log('  req close'); step(); });
  if (c[0] === 'POST') req.end('body');
  else req.end();
}

server.listen(0, '127.0.0.1', next);
