// Session reuse: a client's getSession() given back as options.session; a server's
// 'newSession' / 'resumeSession' (session ids: tickets off with secureOptions).
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var SSL_OP_NO_TICKET = 0x4000;
var store = {};
var events = [];
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem'), secureOptions: SSL_OP_NO_TICKET }, function (c) {
  c.end('x');
});
server.on('newSession', function (id, data) {
  events.push('newSession ' + Buffer.isBuffer(id) + ' ' + id.length + ' ' + Buffer.isBuffer(data));
  store[id.toString('hex')] = data;
});
server.on('resumeSession', function (id, cb) {
  events.push('resumeSession ' + (id.toString('hex') in store));
  cb(null, store[id.toString('hex')] || null);
});
server.listen(0, '127.0.0.1', function () {
  var opts = { port: server.address().port, ca: r('ca-cert.pem') };
  var a = tls.connect(opts, function () {
    console.log('first reused=' + a.isSessionReused());
    var session = a.getSession();
    a.on('data', function () {});
    a.on('close', function () {
      opts.session = session;
      var b = tls.connect(opts, function () {
        console.log('second reused=' + b.isSessionReused() + ' authorized=' + b.authorized);
        b.on('data', function () {});
        b.on('close', function () {
          console.log(events.join('\n'));
          server.close();
        });
      });
    });
  });
});
