// net.connect(port, host), server.listen(port, host) and http.get({host}) look the host up
// with require('dns').lookup as the program left it (0.10's net.js called it each time), so a
// replaced dns.lookup (a DNS cache, a test double) decides the address; its errors are its own.
var dns = require('dns');
var net = require('net');
var http = require('http');
var real = dns.lookup;
dns.lookup = function (host, family, cb) {
  console.log('lookup', host, typeof family, arguments.length);
  if (host === 'broken.invalid') {
    var cb2 = typeof family === 'function' ? family : cb;
    process.nextTick(function () { cb2(new Error('no such alias')); });
    return {};
  }
  return real.apply(dns, [host === 'alias.invalid' ? '127.0.0.1' : host].concat([].slice.call(arguments, 1)));
};
var s = net.createServer(function (c) { c.end('hi'); });
s.listen(0, 'alias.invalid', function () {
  console.log('listening on', s.address().address);
  var port = s.address().port;
  net.connect(port, 'alias.invalid', function () { console.log('connected'); }).on('data', function (d) {
    console.log('data', String(d));
    net.connect(port, 'broken.invalid').on('error', function (e) {
      console.log('net error', e.message);
      s.close();
      var h = http.createServer(function (req, res) { res.end('http ' + req.headers.host); });
      h.listen(0, '127.0.0.1', function () {
        http.get({ host: 'alias.invalid', port: h.address().port, path: '/' }, function (res) {
          res.on('data', function (b) { console.log(String(b).replace(/:\d+$/, ':PORT')); });
          res.on('end', function () { h.close(); dns.lookup = real; });
        });
      });
    });
  });
});
