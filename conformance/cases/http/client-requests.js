// ClientRequest on the wire: the exact bytes http.request / http.get send for each kind of
// options (method, path, headers as object or array, Host with and without a port, auth,
// agent false, Expect, chunked and Content-Length bodies, setHeader/removeHeader, strings
// and buffers in several encodings), read by a raw TCP server.
var http = require('http');
var raw = require('./lib/raw');

var port;
var requests = [
  function () { return http.get({ port: port, host: '127.0.0.1' }); },
  function () { return http.get({ port: port, hostname: '127.0.0.1', path: '/p?q=1' }); },
  function () { return http.get('http://127.0.0.1:' + port + '/from/url?x=y'); },
  function () { return http.get('http://user:pass@127.0.0.1:' + port + '/auth'); },
  function () { return http.get({ port: port, host: '127.0.0.1', auth: 'a:b', headers: { Authorization: 'mine' } }); },
  function () { return http.get({ port: port, host: '127.0.0.1', agent: false }); },
  function () { return http.get({ port: port, host: '127.0.0.1', headers: { Host: 'example.com', 'X-A': 'b', 'x-n': 5, 'Set-Cookie': ['a', 'b'] } }); },
  function () { return http.get({ port: port, host: '127.0.0.1', headers: [['X-A', '1'], ['X-A', '2'], ['Host', 'h']] }); },
  function () { return http.get({ port: port, host: '127.0.0.1', setHost: false }); },
  function () { return http.get({ port: port, host: '127.0.0.1', method: 'post' }); },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'POST' }); r.write('abc'); r.write(new Buffer('def')); r.end('gh'); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'PUT', headers: { 'Content-Length': 6 } }); r.write('abc'); r.end('def'); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'POST' }); r.end(); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'POST' }); r.end('é', 'binary'); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'POST' }); r.write('6869', 'hex'); r.end('aGk=', 'base64'); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'DELETE' }); r.end('x'); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'OPTIONS', path: '*' }); r.end(); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'HEAD' }); r.end(); return r; },
  function () {
    var r = http.request({ port: port, host: '127.0.0.1', method: 'POST' });
    r.setHeader('X-Set', '1');
    r.setHeader('X-Gone', '2');
    r.removeHeader('x-gone');
    r.setHeader('Content-Type', 'text/plain');
    console.log('  getHeader', r.getHeader('x-set'), r.getHeader('host') === '127.0.0.1:' + port, r.getHeader('x-gone'));
    r.end('body');
    return r;
  },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } }); r.addTrailers({ 'X-T': 'v' }); r.end('abc'); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'POST', headers: { Connection: 'close' } }); r.end('abc'); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', method: 'POST', headers: { Expect: '100-continue' } }); console.log('  expect header now', JSON.stringify(r._header.replace(/:\d+\r\n/, ':<port>\r\n'))); r.end('abc'); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', path: '/a b' }); r.end(); return r; },
  function () { var r = http.request({ port: port, host: '127.0.0.1', headers: { 'X-Split': 'a\r\n b' } }); r.end(); return r; }
];

// One at a time: the next request starts once the server has read this one and its
// response has ended (or failed).
var i = 0, pending = 0, step = null;
function done() {
  if (--pending === 0) setTimeout(step, 1);
}
raw.recorder(function (text, socket) {
  console.log('  sent', JSON.stringify(text.replace(/:\d+\r\n/, ':<port>\r\n')));
  var head = /^HEAD /.test(text);
  socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n' + (head ? '' : 'ok'));
  done();
}, function (server, p) {
  port = p;
  step = function () {
    if (i === requests.length) return server.close();
    console.log('request', i);
    pending = 2;
    var req = requests[i++]();
    req.on('response', function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        console.log('  response', res.statusCode, JSON.stringify(body), res.httpVersion);
        done();
      });
    });
    req.on('error', function (e) { console.log('  error', e.message); done(); });
  };
  step();
});
