// Bodies as streams, both ways: a request body piped back as the response (1 MiB, checked
// by length and checksum), read() on 'readable', setEncoding, pause()/resume(), write()'s
// return value and 'drain' under backpressure, a request body nobody reads (dumped, so the
// next request on the connection is still served), and trailers end to end.
var http = require('http');
var crypto = require('crypto');

var log = function () { console.log.apply(console, arguments); };
var big = new Buffer(1024 * 1024);
for (var i = 0; i < big.length; i++) big[i] = (i * 7) & 255;
var bigSum = crypto.createHash('md5').update(big).digest('hex');

var server = http.createServer(function (req, res) {
  if (req.url === '/echo') return req.pipe(res);
  if (req.url === '/readable') {
    var n = 0;
    req.on('readable', function () {
      var d;
      while ((d = req.read(1000)) !== null) n += d.length;
    });
    req.on('end', function () { res.end('read ' + n); });
    return;
  }
  if (req.url === '/encoding') {
    req.setEncoding('utf8');
    var s = '';
    req.on('data', function (d) { s += d; });
    req.on('end', function () { res.end(typeof s + ' ' + s.length); });
    return;
  }
  if (req.url === '/pause') {
    var chunks = 0;
    req.on('data', function () {
      chunks++;
      req.pause();
      setTimeout(function () { req.resume(); }, 1);
    });
    req.on('end', function () { res.end('paused ok ' + (chunks > 0)); });
    return;
  }
  if (req.url === '/ignore') return res.end('ignored');
  if (req.url === '/drain') {
    var writes = 0, falses = 0;
    (function write() {
      while (writes < 64) {
        writes++;
        if (!res.write(big.slice(0, 65536))) {
          falses++;
          return res.once('drain', write);
        }
      }
      res.end();
      log('drain: writes', writes, 'some false', falses > 0);
    })();
    return;
  }
  if (req.url === '/trailers') {
    req.resume();
    req.on('end', function () {
      log('server trailers', JSON.stringify(req.trailers), JSON.stringify(req.headers.trailer));
      res.writeHead(200, { Trailer: 'X-Sum' });
      res.write('body');
      res.addTrailers({ 'X-Sum': 'abc', 'X-Other': '1' });
      res.end();
    });
    return;
  }
});

function post(path, body, cb, agent) {
  var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path: path, agent: agent });
  req.on('response', function (res) { cb(res); });
  if (body) req.end(body);
  return req;
}

function collect(res, cb) {
  var chunks = [];
  res.on('data', function (d) { chunks.push(d); });
  res.on('end', function () { cb(Buffer.concat(chunks)); });
}

var steps = [
  function (next) {
    post('/echo', big, function (res) {
      collect(res, function (b) {
        log('echo', res.headers['transfer-encoding'], b.length, crypto.createHash('md5').update(b).digest('hex') === bigSum);
        next();
      });
    });
  },
  function (next) { post('/readable', big, function (res) { collect(res, function (b) { log(String(b)); next(); }); }); },
  function (next) { post('/encoding', new Buffer('héllo wörld'), function (res) { collect(res, function (b) { log(String(b)); next(); }); }); },
  function (next) { post('/pause', big, function (res) { collect(res, function (b) { log(String(b)); next(); }); }); },
  function (next) {
    // One connection: the first request's body is never read, the second is still served.
    var agent = new http.Agent({ maxSockets: 1 });
    var n = 0;
    function both(b) { log('keep-alive', String(b)); if (++n === 2) next(); }
    post('/ignore', big, function (res) { collect(res, both); }, agent);
    post('/ignore', 'second', function (res) { collect(res, both); }, agent);
  },
  function (next) {
    var req = http.get({ port: server.address().port, host: '127.0.0.1', path: '/drain' }, function (res) {
      var total = 0, paused = 0;
      res.on('readable', function () {
        var d;
        while ((d = res.read()) !== null) total += d.length;
      });
      res.on('end', function () { log('drained body', total); next(); });
    });
  },
  function (next) {
    var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path: '/trailers', headers: { Trailer: 'X-Client' } });
    req.write('abc');
    req.addTrailers({ 'X-Client': 'yes' });
    req.end();
    req.on('response', function (res) {
      log('client trailers before end', JSON.stringify(res.trailers));
      collect(res, function (b) {
        log('client body', String(b), 'trailers', JSON.stringify(res.trailers));
        next();
      });
    });
  }
];

server.listen(0, '127.0.0.1', function () {
  var i = 0;
  (function next() {
    if (i === steps.length) return server.close();
    steps[i++](next);
  })();
});
