// NPN: what the server and the client each settle on, with lists on both sides, on one side
// only, and with no overlap.
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var combos = [
  [['a', 'b'], ['b', 'c']],
  [['a', 'b'], ['x']],
  [null, ['spdy/2', 'http/1.1']],
  [['a', 'b'], null],
  [null, null]
];
(function next() {
  var combo = combos.shift();
  if (!combo) return;
  var opts = { key: r('server-key.pem'), cert: r('server-cert.pem') };
  if (combo[0]) opts.NPNProtocols = combo[0];
  var seen;
  var server = tls.createServer(opts, function (c) {
    seen = c.npnProtocol;
    c.end();
  });
  server.listen(0, '127.0.0.1', function () {
    var o = { port: server.address().port, rejectUnauthorized: false };
    if (combo[1]) o.NPNProtocols = combo[1];
    var c = tls.connect(o, function () {
      c.on('close', function () {
        console.log(JSON.stringify(combo), 'server:', seen, 'client:', c.npnProtocol);
        server.close();
        next();
      });
      c.resume();
    });
  });
})();
