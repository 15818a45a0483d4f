// @n10/binding: the cost of the native path itself, against what the host and node 0.10 do
// for the same work. n10 here is the raw binding (no stream/fs policy on top): a callback is
// napi_make_callback + the n10 tick queue, a read copies into a fresh ArrayBuffer.
// Ratios are n10 ÷ other (>1: n10 faster).
var path = require('path');

function node() {
  return { kind: 'node', net: require('net'), fs: require('fs') };
}

exports.contenders = {
  n10: { runtime: 'host', load: function () { return { kind: 'n10', b: require(path.join(__dirname, '../packages/binding')) }; } },
  'node 20': { runtime: 'host', load: node },
  'node 0.10': { runtime: 'oracle', load: node }
};

// TCP ping-pong over loopback: one 64-byte message each way per op (latency-bound: every op
// is a read callback on each side and a write on each side).
function pingPong(impl) {
  var msg = new Array(65).join('x');
  if (impl.kind === 'n10') {
    var b = impl.b;
    return function (n, done) {
      var server = new b.TCP();
      server.bind('127.0.0.1', 0);
      server.listen(1);
      var addr = {};
      server.getsockname(addr);
      server.onconnection = function (status, peer) {
        peer.onread = function (nread) {
          if (nread > 0) peer.writeLatin1String({ oncomplete: function () {} }, msg);
          else peer.close();
        };
        peer.readStart();
      };
      var client = new b.TCP();
      var left = n;
      var got = 0;
      client.onread = function (nread) {
        if (nread <= 0) return;
        got += nread;
        if (got < 64) return;
        got = 0;
        if (--left === 0) {
          client.close();
          server.close(function () { done(); });
          return;
        }
        client.writeLatin1String({ oncomplete: function () {} }, msg);
      };
      client.connect({
        oncomplete: function () {
          client.readStart();
          client.writeLatin1String({ oncomplete: function () {} }, msg);
        }
      }, '127.0.0.1', addr.port);
    };
  }
  var net = impl.net;
  return function (n, done) {
    var server = net.createServer(function (s) {
      s.on('data', function () { s.write(msg); });
    });
    server.listen(0, '127.0.0.1', function () {
      var c = net.connect(server.address().port, '127.0.0.1');
      var left = n;
      var got = 0;
      c.on('data', function (d) {
        got += d.length;
        if (got < 64) return;
        got = 0;
        if (--left === 0) {
          c.destroy();
          server.close(function () { done(); });
          return;
        }
        c.write(msg);
      });
      c.on('connect', function () { c.write(msg); });
    });
  };
}

exports.cases = {
  'TCP ping-pong (64 B)': pingPong,
  'stat, sync': function (impl) {
    var p = __dirname;
    if (impl.kind === 'n10') return function (n) { for (var i = 0; i < n; i++) impl.b.stat(p); };
    return function (n) { for (var i = 0; i < n; i++) impl.fs.statSync(p); };
  },
  'stat, async (one at a time)': function (impl) {
    var p = __dirname;
    if (impl.kind === 'n10') {
      return function (n, done) {
        var left = n;
        var req = { oncomplete: function () { if (--left === 0) done(); else impl.b.stat(p, req); } };
        impl.b.stat(p, req);
      };
    }
    return function (n, done) {
      var left = n;
      function next() { if (--left === 0) done(); else impl.fs.stat(p, next); }
      impl.fs.stat(p, next);
    };
  },
  'timer callback (0 ms, re-armed)': function (impl) {
    if (impl.kind !== 'n10') {
      // The host's and 0.10's setTimeout(0) clamp to 1 ms: not the same work.
      return null;
    }
    return function (n, done) {
      var t = new impl.b.Timer();
      var left = n;
      t.ontimeout = function () {
        if (--left === 0) t.close(function () { done(); });
        else t.start(0, 0);
      };
      t.start(0, 0);
    };
  }
};
