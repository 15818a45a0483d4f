// http: a hello-world server under load, and the request parser alone.
//
// Contenders: the n10 runtime (its require('http') is @n10/http; ratios are relative to it),
// @n10/http loaded by the host node, the host node 20's http, and node 0.10's (the oracle).
//
// Server cases: each contender runs the server in its own process; the load comes from one
// host-node process (packages/http/bench/load.js, started by prepare()) that keeps 8
// keep-alive connections busy, one request at a time each. ops/s = responses per second.
// Parser cases: 1,000 typical browser requests (about 450 bytes each) in one buffer, and 1,000
// typical responses (Content-Length and chunked, in turn), parsed by the runtime's HTTP parser
// with callbacks that only count; one op = the 1,000 messages. And a 1 MiB chunked upload fed
// in 64 KiB reads (one op = the 1 MiB): body bytes should come as slices, never copied.
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
  // Idle keep-alive connections are closed after 2 s (without this a 0.10 server keeps them
  // for its default 2 minutes, and the process cannot exit before).
  server.setTimeout(2000);
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

// 1,000 responses as a server sends them: Content-Length and chunked, in turn (about 800
// bytes each, 512 of them body).
function responsesText() {
  var body = '';
  for (var i = 0; i < 512; i++) body += String.fromCharCode(97 + (i % 26));
  var head = [
    'HTTP/1.1 200 OK',
    'Server: nginx/1.4.1',
    'Date: Tue, 15 Oct 2013 10:00:00 GMT',
    'Content-Type: text/html; charset=utf-8',
    'Connection: keep-alive',
    'Cache-Control: private, max-age=0',
    'ETag: "5a1e7c3d-200"',
    'Vary: Accept-Encoding'
  ].join('\r\n') + '\r\n';
  var withLength = head + 'Content-Length: 512\r\n\r\n' + body;
  var chunked = head + 'Transfer-Encoding: chunked\r\n\r\n' +
    '100\r\n' + body.slice(0, 256) + '\r\n100\r\n' + body.slice(256) + '\r\n0\r\n\r\n';
  var s = '';
  for (var k = 0; k < 500; k++) s += withLength + chunked;
  return s;
}

// One request with a 1 MiB body, chunked (16 KiB chunks), as 64 KiB reads.
function bigBodyReads(impl) {
  var chunk = '';
  for (var i = 0; i < 16384; i++) chunk += String.fromCharCode(i & 0xff);
  var s = 'POST /upload HTTP/1.1\r\nHost: www.example.com\r\nTransfer-Encoding: chunked\r\n\r\n';
  for (var k = 0; k < 64; k++) s += '4000\r\n' + chunk + '\r\n';
  s += '0\r\n\r\n';
  var all = new impl.Buffer(s, 'binary');
  var reads = [];
  for (var at = 0; at < all.length; at += 65536) reads.push(all.slice(at, Math.min(all.length, at + 65536)));
  return reads;
}

function makeParser(impl, label, type, counter) {
  var http = impl.http;
  var p;
  if (http.parsers && typeof http.parsers.alloc === 'function' && label !== 'node 20') {
    // node 0.10 and n10: the 0.10 binding's interface.
    p = http.parsers.alloc();
    p.reinitialize(type);
    p.onHeaders = function () {};
    p.onHeadersComplete = function () { counter.headers++; };
    p.onBody = function (b, start, len) { counter.body += len; };
    p.onMessageComplete = function () { counter.messages++; };
  } else {
    var HTTPParser = require('_http_common').HTTPParser;
    p = new HTTPParser();
    p.initialize(type === 0 ? HTTPParser.REQUEST : HTTPParser.RESPONSE, {});
    p[HTTPParser.kOnHeaders] = function () {};
    p[HTTPParser.kOnHeadersComplete] = function () { counter.headers++; };
    p[HTTPParser.kOnBody] = function (b, start, len) { counter.body += arguments.length === 1 ? b.length : len; };
    p[HTTPParser.kOnMessageComplete] = function () { counter.messages++; };
  }
  return p;
}

function execute(p, buf) {
  var r = p.execute(buf, 0, buf.length);
  if (typeof r !== 'number') r = p.execute(buf);
  if (r instanceof Error) throw r;
}

function parseMany(type, text) {
  return function (impl, label) {
    var buf = new impl.Buffer(text(), 'binary');
    var counter = { headers: 0, body: 0, messages: 0 };
    var p = makeParser(impl, label, type, counter);
    return function (n) {
      for (var i = 0; i < n; i++) execute(p, buf);
      if (counter.headers < n * 1000 || counter.messages < n * 1000) throw new Error('parsed ' + counter.messages);
      counter.headers = counter.messages = counter.body = 0;
    };
  };
}

function parseBigBody(impl, label) {
  var reads = bigBodyReads(impl);
  var counter = { headers: 0, body: 0, messages: 0 };
  var p = makeParser(impl, label, 0, counter);
  return function (n) {
    for (var i = 0; i < n; i++) for (var k = 0; k < reads.length; k++) execute(p, reads[k]);
    if (counter.messages < n || counter.body !== n * 1048576) throw new Error('parsed ' + counter.messages + ' ' + counter.body);
    counter.headers = counter.messages = counter.body = 0;
  };
}

exports.cases = {
  // (Absorbs the server's start and warm-up, which would otherwise spoil the calibration of
  // the first timed case: not a result.)
  'warm-up, not a result': serve('/length'),
  'hello world server, Content-Length, 8 keep-alive connections': serve('/length'),
  'hello world server, chunked, 8 keep-alive connections': serve('/chunked'),
  'parse 1,000 typical requests (one op = 1,000)': parseMany(0, requestsText),
  'parse 1,000 typical responses, Content-Length and chunked (one op = 1,000)': parseMany(1, responsesText),
  'parse a 1 MiB chunked request body in 64 KiB reads': parseBigBody
};
