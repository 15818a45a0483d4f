// ServerResponse on the wire: what the server sends for each way of writing a response,
// to HTTP/1.1, HTTP/1.0 and HEAD requests (Date masked): status lines and reason phrases,
// header order and case, writeHead with objects and arrays, setHeader with arrays
// (Set-Cookie), Date/Connection/Transfer-Encoding defaults, chunk framing, Content-Length,
// bodies dropped for HEAD/204/304, trailers, encodings of header and body.
var http = require('http');
var raw = require('./lib/raw');

var handlers = {
  plain: function (req, res) { res.end('hello'); },
  write: function (req, res) { res.write('a'); res.write('bc'); res.end(); },
  wh: function (req, res) { res.writeHead(201, { 'X-A': 'b', 'content-length': 2 }); res.end('ok'); },
  wharr: function (req, res) { res.writeHead(200, [['Set-Cookie', 'a=1'], ['set-cookie', 'b=2'], ['X-Y', 'z']]); res.end(); },
  setarr: function (req, res) { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.setHeader('X-Foo', 'bar'); res.end('x'); },
  reason: function (req, res) { res.writeHead(404, 'Nope', { a: 'b' }); res.end(); },
  s204: function (req, res) { res.writeHead(204); res.end('body'); },
  s304: function (req, res) { res.statusCode = 304; res.end('body'); },
  trailers: function (req, res) { res.writeHead(200, { Trailer: 'X-T' }); res.write('abc'); res.addTrailers({ 'X-T': 'v', 'X-U': 'w' }); res.end(); },
  trailersarr: function (req, res) { res.addTrailers([['X-T', 'v'], ['X-T', 'w']]); res.end('abc'); },
  empty: function (req, res) { res.end(); },
  nodate: function (req, res) { res.sendDate = false; res.end('x'); },
  connclose: function (req, res) { res.setHeader('Connection', 'close'); res.end('x'); },
  te: function (req, res) { res.setHeader('Transfer-Encoding', 'chunked'); res.end('x'); },
  cl0: function (req, res) { res.setHeader('Content-Length', '0'); res.end(); },
  buf: function (req, res) { res.write(new Buffer('ab')); res.end(new Buffer('cd')); },
  bufend: function (req, res) { res.end(new Buffer('abcd')); },
  bufendcl: function (req, res) { res.writeHead(200, { 'Content-Length': 4 }); res.end(new Buffer('abcd')); },
  upd: function (req, res) { res.setHeader('X-Updated', 'y'); res.setHeader('Proxy-Connection', 'foo'); res.end('x'); },
  xcl: function (req, res) { res.setHeader('X-Content-Length-Foo', '3'); res.end('abc'); },
  hexw: function (req, res) { res.write('6869', 'hex'); res.write('aGk=', 'base64'); res.end(); },
  hexend: function (req, res) { res.end('6869', 'hex'); },
  split: function (req, res) { res.setHeader('X-A', 'a\r\nb\r\n  c'); res.end(); },
  num: function (req, res) { res.writeHead(200, { 'Content-Length': 1, 'X-N': 5, 'X-U': undefined, 'X-Null': null }); res.end('a'); },
  mix: function (req, res) { res.setHeader('X-A', '1'); res.setHeader('Set-Cookie', ['q', 'r']); res.writeHead(200, [['X-B', '2'], ['X-A', '3']]); res.end(); },
  mix2: function (req, res) { res.setHeader('X-A', '1'); res.writeHead(200, { 'X-B': '2', 'x-a': '3', '': 'e' }); res.end(); },
  status299: function (req, res) { res.writeHead(299); res.end(); },
  strstatus: function (req, res) { res.writeHead('201'); res.end(); },
  utf: function (req, res) { res.end('é€'); },
  utfh: function (req, res) { res.setHeader('X-U', 'é€'); res.end(); },
  utfh2: function (req, res) { res.setHeader('X-U', 'é€'); res.end('é'); },
  utfh3: function (req, res) { res.setHeader('X-U', 'é€'); res.write(new Buffer('é')); res.end(); },
  utfh4: function (req, res) { res.setHeader('X-U', 'é€'); res.setHeader('Content-Length', 0); res.end(); },
  binary: function (req, res) { res.writeHead(200, 'Ré', { 'X-U': 'é' }); res.end('é', 'binary'); },
  w0: function (req, res) { res.write(''); res.write(new Buffer(0)); res.end(''); },
  cl: function (req, res) { res.setHeader('content-length', 5); res.write('ab'); res.end('cde'); },
  hdrsent: function (req, res) { var a = res.headersSent; res.writeHead(200); var b = res.headersSent; res.end(JSON.stringify([a, b])); },
  writeHeader: function (req, res) { res.writeHeader(202, { 'X-W': '1' }); res.end(); },
  getremove: function (req, res) {
    res.setHeader('X-Gone', '1');
    res.setHeader('X-Kept', '2');
    res.removeHeader('x-gone');
    res.end(JSON.stringify([res.getHeader('X-KEPT'), res.getHeader('x-gone')]));
  },
  statuscode: function (req, res) { res.statusCode = 418; res.end(String(res.statusCode)); },
  continue: function (req, res) { res.writeContinue(); res.end('after'); },
  errors: function (req, res) {
    var out = [];
    res.writeHead(200);
    try { res.setHeader('a', 'b'); } catch (e) { out.push(e.message); }
    try { res.removeHeader('a'); } catch (e) { out.push(e.message); }
    try { res._renderHeaders(); } catch (e) { out.push(e.message); }
    try { res.write(5); } catch (e) { out.push(e.message); }
    out.push(res.end('x'), res.end('y'), res.write('z'));
    console.log('errors', JSON.stringify(out));
  }
};

var server = http.createServer(function (req, res) {
  var name = req.url.slice(1).split('?')[0];
  handlers[name](req, res);
});

var requests = [];
Object.keys(handlers).forEach(function (name) {
  requests.push(['GET /' + name + ' HTTP/1.1\r\nHost: x\r\n\r\n']);
});
['plain', 'write', 'trailers', 'te', 'wh', 'empty', 'connclose'].forEach(function (name) {
  requests.push(['GET /' + name + ' HTTP/1.0\r\n\r\n']);
  requests.push(['GET /' + name + ' HTTP/1.0\r\nConnection: keep-alive\r\n\r\n']);
  requests.push(['GET /' + name + ' HTTP/1.0\r\nTE: chunked\r\n\r\n']);
  requests.push(['GET /' + name + ' HTTP/1.1\r\nConnection: close\r\n\r\n']);
});
['plain', 'write', 'wh', 'bufend', 's204'].forEach(function (name) {
  requests.push(['HEAD /' + name + ' HTTP/1.1\r\n\r\n', true]);
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var i = 0;
  (function next() {
    if (i === requests.length) return server.close();
    var r = requests[i++];
    raw.exchange(port, r[0], { head: r[1] }, function (text, closed) {
      console.log(JSON.stringify(r[0].split('\r\n')[0]), closed ? 'closed' : 'open');
      console.log(JSON.stringify(text));
      next();
    });
  })();
});
