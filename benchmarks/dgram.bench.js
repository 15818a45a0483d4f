// dgram: UDP datagrams over loopback, sent by one socket, echoed by another, received back.
// Contenders: @n10/dgram on the host node (labelled n10: ratios are relative to it), the n10
// runtime's require('dgram'), the host node's own dgram, and node 0.10's (the oracle).
//
// Each case keeps a window of datagrams in flight (smaller for big ones, which loopback drops
// when many queue up) (each echo that comes back sends the next)
// and counts round trips; ops/s = datagrams echoed per second. A datagram lost on the way
// (loopback under load may drop) is replaced after 50 ms without progress.
var path = require('path');

function contender(dgram, B) {
  return { dgram: dgram, Buffer: B, pair: null };
}

exports.contenders = {
  n10: {
    runtime: 'host',
    load: function () {
      return contender(require(path.join(__dirname, '../packages/dgram')), require(path.join(__dirname, '../packages/buffer')).Buffer);
    }
  },
  'n10 runtime': { runtime: 'n10', load: function () { return contender(require('dgram'), Buffer); } },
  'node 20': { runtime: 'host', load: function () { return contender(require('dgram'), Buffer); } },
  'node 0.10': { runtime: 'oracle', load: function () { return contender(require('dgram'), Buffer); } }
};

// An echo server, a client and a sink, all on 127.0.0.1, made once per process.
function pair(impl, ready) {
  if (impl.pair) return ready(impl.pair);
  var server = impl.dgram.createSocket('udp4');
  server.on('message', function (msg, rinfo) {
    server.send(msg, 0, msg.length, rinfo.port, rinfo.address);
  });
  server.bind(0, '127.0.0.1', function () {
    var client = impl.dgram.createSocket('udp4');
    client.bind(0, '127.0.0.1', function () {
      var sink = impl.dgram.createSocket('udp4');
      sink.bind(0, '127.0.0.1', function () {
        // unref'd: the process ends once the last case is done (pending sends and a batch's
        // interval keep it alive meanwhile)
        server.unref();
        client.unref();
        sink.unref();
        sink.on('message', function () {});
        impl.pair = { server: server, client: client, port: server.address().port, sinkPort: sink.address().port };
        ready(impl.pair);
      });
    });
  });
}

// Buffer.alloc where it exists (node 20 warns about new Buffer); 0.10's new Buffer elsewhere.
function makeBuffer(impl, size) {
  var buf = impl.Buffer.alloc ? impl.Buffer.alloc(size) : new impl.Buffer(size);
  buf.fill(120);
  return buf;
}

function echo(size, window) {
  return function (impl) {
    var buf = makeBuffer(impl, size);
    return function (n, done) {
      pair(impl, function (p) {
        var sent = 0;
        var received = 0;
        var last = 0;
        function send() {
          sent++;
          p.client.send(buf, 0, size, p.port, '127.0.0.1');
        }
        p.client.removeAllListeners('message');
        p.client.on('message', function () {
          received++;
          if (received === n) {
            clearInterval(watchdog);
            p.client.removeAllListeners('message');
            // let stray echoes of this batch drain before the next one starts
            return setTimeout(done, 5);
          }
          if (sent < n) send();
        });
        var watchdog = setInterval(function () {
          if (received === last && sent - received > 0) send();
          last = received;
        }, 50);
        for (var i = 0; i < window && i < n; i++) send();
      });
    };
  };
}

// Sends only, to a socket that drops them: the cost of send() and its callback.
function sendOnly(size, window) {
  return function (impl) {
    var buf = makeBuffer(impl, size);
    return function (n, done) {
      pair(impl, function (p) {
        var sent = 0;
        var completed = 0;
        function send() {
          sent++;
          p.client.send(buf, 0, size, p.sinkPort, '127.0.0.1', onSent);
        }
        function onSent() {
          completed++;
          if (completed === n) return done();
          if (sent < n) send();
        }
        for (var i = 0; i < window && i < n; i++) send();
      });
    };
  };
}

exports.cases = {
  'echo 64 B datagrams, 32 in flight': echo(64, 32),
  'echo 1 KiB datagrams, 32 in flight': echo(1024, 32),
  'echo 16 KiB datagrams, 4 in flight': echo(16384, 4),
  'send 64 B datagrams (callbacks), 32 in flight': sendOnly(64, 32)
};
