// Fixture for the http cases: a raw TCP client that sends bytes to an HTTP server and
// collects whole responses (framed by Content-Length, chunks, or the close), so a case can
// print exactly what went over the wire without waiting on timers.
var net = require('net');

// How many bytes of `s` (binary string) make up complete responses; -1 if more are needed.
// opts.head: the request was HEAD (no body whatever the headers say).
function responseEnd(s, from, head) {
  var i = s.indexOf('\r\n\r\n', from);
  if (i < 0) return -1;
  var headEnd = i + 4;
  var lines = s.slice(from, i).split('\r\n');
  var status = +lines[0].split(' ')[1];
  if (head || status === 204 || status === 304 || (status >= 100 && status < 200)) return headEnd;
  var cl = null, chunked = false;
  for (var k = 1; k < lines.length; k++) {
    var c = lines[k].indexOf(':');
    var name = lines[k].slice(0, c).toLowerCase(), value = lines[k].slice(c + 1).trim();
    if (name === 'content-length') cl = +value;
    if (name === 'transfer-encoding' && /chunked/i.test(value)) chunked = true;
  }
  if (chunked) {
    var p = headEnd;
    for (;;) {
      var le = s.indexOf('\r\n', p);
      if (le < 0) return -1;
      var size = parseInt(s.slice(p, le), 16);
      if (size === 0) {
        var t = s.indexOf('\r\n\r\n', le);
        if (s.slice(le, le + 4) === '\r\n\r\n') return le + 4;
        return t < 0 ? -1 : t + 4;
      }
      p = le + 2 + size + 2;
      if (p > s.length) return -1;
    }
  }
  if (cl !== null) return s.length >= headEnd + cl ? headEnd + cl : -1;
  return -2; // until the close
}

function clean(s) {
  return s.replace(/\r\nDate: [^\r]*/g, '\r\nDate: <date>');
}

// exchange(port, chunks, {responses: n, head: bool}, cb(text, closed))
// Sends each chunk (binary strings) in order, waits for n complete responses (or the close).
exports.exchange = function (port, chunks, opts, cb) {
  if (typeof chunks === 'string') chunks = [chunks];
  var want = opts.responses === undefined ? 1 : opts.responses;
  var got = '', done = false;
  // (Chunks are written 5 ms apart, so that they arrive in separate reads.)
  var c = net.connect(port, '127.0.0.1', function () {
    var k = 0;
    (function write() {
      if (done) return;
      c.write(new Buffer(chunks[k++], 'binary'));
      if (k < chunks.length) return setTimeout(write, 5);
      if (opts.end) c.end();
    })();
  });
  function finish(closed) {
    if (done) return;
    done = true;
    c.destroy();
    cb(clean(got), closed);
  }
  function check() {
    var from = 0, n = 0;
    while (n < want) {
      var e = responseEnd(got, from, opts.head);
      if (e < 0) return;
      from = e;
      n++;
    }
    if (opts.waitClose) return;
    finish(false);
  }
  c.on('data', function (d) {
    got += d.toString('binary');
    check();
  });
  c.on('error', function (e) { got += '<error ' + e.code + '>'; });
  c.on('close', function () { finish(true); });
};

// A raw server that records what a client sends: each connection's bytes until the request
// (framed like a response's body) is complete; then `respond(text, socket)` answers.
exports.recorder = function (respond, ready) {
  var server = net.createServer(function (socket) {
    var got = '';
    socket.on('data', function (d) {
      got += d.toString('binary');
      var i = got.indexOf('\r\n\r\n');
      if (i < 0) return;
      var head = got.slice(0, i);
      var cl = /\r\ncontent-length: *(\d+)/i.exec(head);
      var chunked = /\r\ntransfer-encoding: *chunked/i.test(head);
      if (cl && got.length < i + 4 + +cl[1]) return;
      if (chunked && !/\r\n0\r\n(?:[^\r]*\r\n)*\r\n$/.test(got.slice(i + 2))) return;
      var text = got;
      got = '';
      respond(text, socket);
    });
  });
  server.listen(0, '127.0.0.1', function () { ready(server, server.address().port); });
  return server;
};

exports.clean = clean;
