// IncomingMessage on the server: what each raw request becomes (method, url, httpVersion,
// headers with 0.10's duplicate rules, trailers, body), requests split over several writes,
// pipelined requests, and the malformed ones: 'clientError' with 'Parse Error', its code
// (HPE_*) and bytesParsed; 'upgrade' and 'connect' with the head buffer.
var http = require('http');
var raw = require('./lib/raw');

var server = http.createServer(function (req, res) {
  var body = [];
  req.on('data', function (d) { body.push(d); });
  req.on('end', function () {
    console.log('  request', JSON.stringify({
      method: req.method, url: req.url, httpVersion: req.httpVersion,
      major: req.httpVersionMajor, minor: req.httpVersionMinor,
      headers: req.headers, trailers: req.trailers, complete: req.complete,
      body: Buffer.concat(body).toString('binary'), upgrade: req.upgrade, statusCode: req.statusCode
    }));
    res.end('ok');
  });
});
server.removeAllListeners('clientError');
server.on('clientError', function (e, s) {
  // (Where an oversized head fails depends on how the reads split it.)
  console.log('  clientError', e.message, e.code, e.code === 'HPE_HEADER_OVERFLOW' ? typeof e.bytesParsed : e.bytesParsed, e instanceof Error, s instanceof require('net').Socket);
  s.destroy();
});
server.on('upgrade', function (req, s, head) {
  console.log('  upgrade', JSON.stringify({ m: req.method, u: req.url, h: req.headers, head: head.toString('binary'), complete: req.complete }), Buffer.isBuffer(head));
  s.end('HTTP/1.1 101 OK\r\n\r\n');
});
server.on('connect', function (req, s, head) {
  console.log('  connect', JSON.stringify({ m: req.method, u: req.url, h: req.headers, head: head.toString('binary') }));
  s.end('HTTP/1.1 200 Connection established\r\n\r\n');
});

var cases = [
  ['GET / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['GET /a?b=c&d#f HTTP/1.1\r\nX-A: a\r\n b\r\n\tc\r\n\r\n'],
  ['GET / HTTP/1.1\r\nX-A: b  \r\nX-B:   \r\nX-C:c\r\nX-D:\r\n\r\n'],
  ['GET /\xc3\xa9 HTTP/1.1\r\nX-A: \xc3\xa9\r\nX-B: a\xffb\r\n\r\n'],
  ['\r\n\r\nGET / HTTP/1.1\r\n\r\n'],
  ['GET / HTTP/1.1\nX-A: b\n\n'],
  ['GET / HTTP/1.1\r\nCookie: a\r\nCookie: b\r\nSet-Cookie: c\r\nset-cookie: d\r\nHost: h1\r\nHost: h2\r\nX-Z: 1\r\nx-z: 2\r\nAccept: a\r\nAccept: b\r\nFoo: 1\r\nFoo: 2\r\nContent-Type: a\r\nContent-Type: b\r\nConnection: keep-alive\r\nConnection: te\r\n\r\n'],
  ['GET / HTTP/1.0\r\n\r\n'],
  ['GET / HTTP/2.5\r\n\r\n'],
  ['GET /\r\n\r\n'],
  ['GET / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /2 HTTP/1.1\r\n\r\n', 2],
  ['POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-T: v\r\nX-T: w\r\nSet-Cookie: t\r\n\r\n'],
  ['POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['POST / HTTP/1.1\r\nContent-Length: 3 \r\n\r\nabc'],
  ['POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
  ['GET / HTTP/1.1\r\nX A: b\r\nX-B c\r\nX-C: d\r\n\r\n'],
  ['GET http://x.com:80/p?q#f HTTP/1.1\r\n\r\n'],
  ['OPTIONS * HTTP/1.1\r\n\r\n'],
  ['M-SEARCH * HTTP/1.1\r\n\r\n'],
  ['PURGE / HTTP/1.1\r\n\r\n'],
  ['PROPPATCH / HTTP/1.1\r\n\r\n'],
  ['GET  / HTTP/1.1\r\n\r\n'],
  ['GET / HXTP/1.1\r\n\r\n'],
  ['GET / HTTP/1.1\r\nX-A: a\rb\r\n\r\n'],
  // split over writes
  [['GET /abc', 'def HTTP/1.1\r\nX-', 'A: b', 'c\r\n\r\n']],
  [['GET / HTTP/1.1\r\nX-A: \xc3', '\xa9\r\n\r\n']],
  [['POST / HTTP/1.1\r\nContent-Length: 6\r\n\r\nab', 'cd', 'ef']],
  [['POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r', '\nab', 'c\r\n0\r\n', '\r\n']],
  // pipelining
  ['GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\nPOST /3 HTTP/1.1\r\nContent-Length: 2\r\n\r\nxyGET /4 HTTP/1.1\r\n\r\n', 4],
  // errors
  ['get / HTTP/1.1\r\n\r\n'],
  ['FOO / HTTP/1.1\r\n\r\n'],
  ['GETX / HTTP/1.1\r\n\r\n'],
  ['GET / HTTP/0.9\r\n\r\n'],
  ['GET / HTTP/1.1 \r\n\r\n'],
  ['GET / HTTP/1.1\rX\r\n\r\n'],
  ['GET /a b HTTP/1.1\r\n\r\n'],
  ['GET /a\x01b HTTP/1.1\r\n\r\n'],
  ['GET a HTTP/1.1\r\n\r\n'],
  ['GET / HTTP/1.1\r\n: b\r\n\r\n'],
  ['GET / HTTP/1.1\r\n\tA: b\r\n\r\n'],
  ['GET / HTTP/1.1\r\nX-\xc3\xa9: a\r\n\r\n'],
  ['POST / HTTP/1.1\r\nContent-Length: 3x\r\n\r\nabc'],
  ['POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\nabc'],
  ['POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZ\r\nabc\r\n0\r\n\r\n'],
  ['POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n'],
  ['POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n', 1],
  ['GET / HTTP/1.1\r\nX: ' + new Array(82 * 1024).join('a') + '\r\n\r\n'],
  ['GET /ok HTTP/1.1\r\n\r\nBAD / HTTP/1.1\r\n\r\n', 1],
  // upgrade and connect
  ['GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nHEADBYTES'],
  ['GET / HTTP/1.1\r\nUpgrade: x\r\nContent-Length: 2\r\n\r\nxxyy'],
  ['CONNECT a.com:443 HTTP/1.1\r\nHost: a.com\r\n\r\nTUNNEL'],
  ['CONNECT a.com:443 HTTP/1.1\r\n\r\n'],
  // the peer's end in the middle of a message
  [['GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab'], 0, true],
  [['GET / HTTP/1.1\r\nX-A: b'], 0, true]
];

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var i = 0;
  (function next() {
    if (i === cases.length) return server.close();
    var c = cases[i++];
    var chunks = typeof c[0] === 'string' ? [c[0]] : c[0];
    var shown = JSON.stringify(chunks.join('|'));
    console.log(shown.length > 200 ? shown.slice(0, 100) + '...' + shown.length : shown);
    raw.exchange(port, chunks, { responses: c[1] === undefined ? 1 : c[1], waitClose: c[1] === 0, end: !!c[2] }, function (text, closed) {
      console.log('  response', closed ? 'closed' : 'open', JSON.stringify(text.replace(/Date: <date>\r\n/g, '')));
      next();
    });
  })();
});
