// tls: handshakes and bulk transfer over loopback, server and client in one process.
// Contenders: @n10/tls on the host node (labelled n10: ratios are relative to it), the n10
// runtime's require('tls'), the host node's own tls (OpenSSL 3, TLS 1.2 for a fair match),
// and node 0.10's (the oracle, OpenSSL 1.0.1).
//
//   handshake        ops/s = full handshakes (connect, secureConnect, destroy)
//   transfer 64KB    ops/s = 64 KB chunks moved client → server (written with backpressure)
var path = require('path');
var fs = require('fs');

var F = path.join(__dirname, '../packages/tls/test/fixtures/');
var key = fs.readFileSync(F + 'server-key.pem');
var cert = fs.readFileSync(F + 'server-cert.pem');
var ca = fs.readFileSync(F + 'ca-cert.pem');

function contender(tls, B, extra) {
  return { tls: tls, Buffer: B, extra: extra || {}, server: null };
}

exports.contenders = {
  n10: {
    runtime: 'host',
    load: function () {
      return contender(require(path.join(__dirname, '../packages/tls')), require(path.join(__dirname, '../packages/buffer')).Buffer);
    }
  },
  'n10 runtime': { runtime: 'n10', load: function () { return contender(require('tls'), Buffer); } },
  'node 20': { runtime: 'host', load: function () { return contender(require('tls'), Buffer, { maxVersion: 'TLSv1.2' }); } },
  'node 0.10': { runtime: 'oracle', load: function () { return contender(require('tls'), Buffer); } }
};

function server(impl, ready) {
  if (impl.server) return ready(impl.server);
  var opts = { key: key, cert: cert };
  for (var k in impl.extra) opts[k] = impl.extra[k];
  var s = impl.tls.createServer(opts, function (c) {
    c.on('data', function () {});
    c.on('error', function () {});
    c.on('end', function () { c.end(); });
  });
  s.listen(0, '127.0.0.1', function () {
    s.unref();
    impl.server = { port: s.address().port };
    ready(impl.server);
  });
}

function connect(impl, port, cb) {
  var opts = { port: port, host: '127.0.0.1', servername: 'localhost', ca: [ca] };
  for (var k in impl.extra) opts[k] = impl.extra[k];
  return impl.tls.connect(opts, cb);
}

exports.cases = {
  handshake: function (impl) {
    return function (n, done) {
      server(impl, function (s) {
        var left = n;
        (function one() {
          if (left-- === 0) return done();
          var c = connect(impl, s.port, function () {
            c.destroy();
            one();
          });
          c.on('error', function (e) { throw e; });
        })();
      });
    };
  },
  'transfer 64KB': function (impl) {
    var chunk = impl.Buffer.alloc ? impl.Buffer.alloc(65536, 120) : new impl.Buffer(65536);
    return function (n, done) {
      server(impl, function (s) {
        var c = connect(impl, s.port, function () {
          var left = n;
          (function pump() {
            while (left > 0) {
              left--;
              if (!c.write(chunk)) return c.once('drain', pump);
            }
            c.end();
          })();
        });
        c.on('data', function () {});
        c.on('close', function () { done(); });
        c.on('error', function (e) { throw e; });
      });
    };
  }
};
