// ClientRequest's events and methods against an http.Server: 'socket', 'response',
// 'continue' (Expect: 100-continue), abort() before the socket, before the response and
// during it, setTimeout's 'timeout', setNoDelay / setSocketKeepAlive / clearTimeout,
// 'close' on the request and response, errors: ECONNREFUSED, 'socket hang up'.
var http = require('http');
var net = require('net');

var log = function () { console.log.apply(console, arguments); };
var server = http.createServer(function (req, res) {
  log('server request', req.url);
  if (req.url === '/hangup') return req.socket.destroy();
  if (req.url === '/slow') return setTimeout(function () { res.end('slow'); }, 200);
  if (req.url === '/stream') {
    res.writeHead(200);
    res.write('part1');
    return setTimeout(function () { res.end('part2'); }, 100);
  }
  req.on('data', function (d) { log('server got', String(d)); });
  req.on('end', function () { res.end('ok ' + req.url); });
});

function get(path, opts) {
  opts = opts || {};
  opts.port = server.address().port;
  opts.host = '127.0.0.1';
  opts.path = path;
  return http.request(opts);
}

function watch(req, label, done) {
  var finished = false;
  function fin() { if (!finished) { finished = true; setTimeout(done, 30); } }
  req.on('socket', function (s) { log(label, 'socket', s instanceof net.Socket, req.socket === s, req.connection === s); });
  req.on('response', function (res) {
    log(label, 'response', res.statusCode);
    res.on('data', function (d) { log(label, 'data', String(d)); });
    res.on('end', function () { log(label, 'end'); fin(); });
    res.on('close', function () { log(label, 'res close'); });
    res.on('aborted', function () { log(label, 'res aborted'); });
  });
  req.on('continue', function () { log(label, 'continue'); });
  req.on('timeout', function () { log(label, 'timeout'); });
  req.on('close', function () { log(label, 'req close'); fin(); });
  req.on('error', function (e) { log(label, 'error', e.message, e.code); fin(); });
}

var steps = [
  function (next) { var r = get('/plain'); watch(r, 'plain', next); r.end(); },
  function (next) {
    var r = get('/expect', { method: 'POST', headers: { Expect: '100-continue' } });
    watch(r, 'expect', next);
    r.on('continue', function () { r.end('payload'); });
  },
  function (next) { var r = get('/abort-now'); watch(r, 'abort-now', next); r.abort(); log('aborted, socket', r.socket); },
  function (next) { var r = get('/slow'); watch(r, 'abort-on-socket', next); r.on('socket', function () { r.abort(); }); r.end(); },
  function (next) { var r = get('/stream'); watch(r, 'abort-in-response', next); r.on('response', function (res) { res.once('data', function () { r.abort(); }); }); r.end(); },
  function (next) { var r = get('/hangup'); watch(r, 'hangup', next); r.end(); },
  function (next) {
    var r = get('/slow');
    watch(r, 'timeout', next);
    r.setTimeout(50, function () { log('timeout callback'); r.abort(); });
    r.end();
  },
  function (next) {
    var r = get('/plain');
    watch(r, 'options', next);
    r.setNoDelay(true);
    r.setSocketKeepAlive(true, 1000);
    r.setTimeout(1000);
    r.clearTimeout();
    r.end();
  },
  function (next) {
    var r = http.request({ port: 1, host: '127.0.0.1' });
    watch(r, 'refused', next);
    r.end();
  },
  function (next) {
    var r = get('/plain', { agent: false, headers: { Connection: 'keep-alive' } });
    watch(r, 'agentless-keepalive', next);
    r.end();
  }
];

server.listen(0, '127.0.0.1', function () {
  var i = 0;
  (function next() {
    if (i === steps.length) return server.close();
    log('--- step', i);
    steps[i++](next);
  })();
});
