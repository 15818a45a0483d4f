// http: a hello-world server under load, and the request parser alone.
//
// Contenders: the n10 runtime (its require('http') is @n10/http; ratios are relative to it),
// @n10/http loaded by the host node, the host node 20's http, and node 0.10's (the oracle).
//
// Server cases: each contender runs the server in its own process; the load comes from one
// host-node process (packages/http/bench/load.js, started by prepare()) that keeps 8
// keep-alive connections busy, one request at a time each. ops/s = responses per second.
// Parser case: 1,000 typical browser requests (about 450 bytes each) in one buffer, parsed
// by the runtime's HTTP parser with no-op callbacks; one op = the 1,000 requests.
var path = require('path');
var os = require('os');

var SOCK_ENV = 'N10_HTTP_BENCH_LOAD';

exports.prepare = function () {
  var sock = path.join(os.tmpdir(), 'n10-http-bench-' + process.pid + '.sock');
  var cp = require('child_process');
  var child = cp.spawn(process.execPath, [path.join(__dirname, '../packages/http/bench/load.js'), sock], { stdio: 'ignore', detached: false });
  child.unref();
  process.env[SOCK_ENV] = sock;
  // Wait (synchronously) until it listens.
  var fs = require('fs');
  for (var i = 0; i < 200 && !fs.existsSync(sock); i++) cp.spawnSync('sleep', ['0.02']);
};

function load(get) {
  return function () {
    var http = get();
    return { http: http, Buffer: http === require('http') ? Buffer : require(path.join(__dirname, '../packages/buffer')).Buffer, server: null, ctl: null };
  };
}

exports.contenders = {
  n10: { runtime: 'n10', load: load(function () { return require('http'); }) },
  '@n10/http on node 20': { runtime: 'host', load: load(function () { return require(path.join(__dirname, '../packages/http')); }) },
  'node 20': { runtime: 'host', load: load(function () { return require('http'); }) },
  'node 0.10': { runtime: 'oracle', load: load(function () { return require('http'); }) }
};

var BODY = 'Hello World\n';

function startServer(impl, ready) {
  if (impl.server) return ready();
  var server = impl.http.createServer(function (req, res) {
    if (req.url === '/length') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': BODY.length });
      res.end(BODY);
    } else {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(BODY);
    }
  });
  server.listen(0, '127.0.0.1', function () {
    impl.server = server;
    server.unref();
    var net = require('net');
    impl.ctl = net.connect(process.env[SOCK_ENV], function () {
      // Warm up (connections made, code compiled) before anything is timed.
      request(impl, 20000, '/length', function () {
        request(impl, 20000, '/chunked', ready);
      });
    });
    impl.ctl.unref();
  });
}

// Asks the load generator for n requests to urlPath; done() once all are answered.
function request(impl, n, urlPath, done) {
  impl.ctl.removeAllListeners('data');
  impl.ctl.ref();
  impl.ctl.once('data', function () {
    impl.ctl.unref();
    done();
  });
  impl.ctl.write(impl.server.address().port + ' ' + n + ' 8 ' + urlPath + '\n');
}

function serve(urlPath) {
  return function (impl) {
    return function (n, done) {
      startServer(impl, function () {
        request(impl, n, urlPath, done);
      });
    };
  };
}

// 1,000 requests as a browser sends them.
function requestsText() {
  var one = [
    'GET /articles/2013/10/some-article-title?ref=front&page=2 HTTP/1.1',
    'Host: www.example.com',
    'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:24.0) Gecko/20100101 Firefox/24.0',
    'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'Accept-Language: en-US,en;q=0.5',
    'Accept-Encoding: gzip, deflate',
    'Referer: http://www.example.com/',
    'Cookie: session=0123456789abcdef; theme=dark; _ga=GA1.2.123456789.1381234567',
    'Connection: keep-alive',
    '', ''
  ].join('\r\n');
  var s = '';
  for (var i = 0; i < 1000; i++) s += one;
  return s;
}

function parser(impl, label) {
  var http = impl.http;
  var buf = new impl.Buffer(requestsText(), 'binary');
  var count = 0;
  var p;
  if (http.parsers && typeof http.parsers.alloc === 'function' && label !== 'node 20') {
    // node 0.10 and n10: the 0.10 binding's interface.
    p = http.parsers.alloc();
    p.reinitialize(0);
    p.onHeaders = function () {};
    p.onHeadersComplete = function () { count++; };
    p.onBody = function () {};
    p.onMessageComplete = function () {};
  } else {
    var HTTPParser = require('_http_common').HTTPParser;
    p = new HTTPParser();
    p.initialize(HTTPParser.REQUEST, {});
    p[HTTPParser.kOnHeaders] = function () {};
    p[HTTPParser.kOnHeadersComplete] = function () { count++; };
    p[HTTPParser.kOnBody] = function () {};
    p[HTTPParser.kOnMessageComplete] = function () {};
  }
  return function (n) {
    for (var i = 0; i < n; i++) {
      var r = p.execute(buf, 0, buf.length);
      if (typeof r !== 'number') r = p.execute(buf);
      if (r instanceof Error) throw r;
    }
    if (count < n * 1000) throw new Error('parsed ' + count);
    count = 0;
  };
}

exports.cases = {
  // (Absorbs the server's start and warm-up, which would otherwise spoil the calibration of
  // the first timed case: not a result.)
  'warm-up, not a result': serve('/length'),
  'hello world server, Content-Length, 8 keep-alive connections': serve('/length'),
  'hello world server, chunked, 8 keep-alive connections': serve('/chunked'),
  'parse 1,000 typical requests (one op = 1,000)': parser
};
