// dgram's bind() and send() ask require('dns').lookup as the program left it (0.10's dgram
// called it at each use), so a replaced dns.lookup (a DNS cache, a test double) picks the
// address; dns.resolve4's own queries (c-ares) never ask it.
var dns = require('dns');
var dgram = require('dgram');
var real = dns.lookup;
dns.lookup = function (host, family, cb) {
  console.log('lookup', host, family, arguments.length);
  return real.call(dns, host === 'alias.invalid' ? '127.0.0.1' : host, family, cb);
};
var r = dgram.createSocket('udp4');
r.bind(0, 'alias.invalid', function () {
  console.log('bound', r.address().address);
  r.on('message', function (m) {
    console.log('message', String(m));
    r.close();
    var s6 = dgram.createSocket('udp6');
    s6.bind(0, function () {
      console.log('udp6 bound');
      s6.close();
      dns.resolve4('localhost', function () {
        console.log('resolve4 answered');
        dns.lookup = real;
      });
    });
  });
  var s = dgram.createSocket('udp4');
  s.send(new Buffer('hi'), 0, 2, r.address().port, 'alias.invalid', function (err) {
    console.log('sent', err);
    s.close();
  });
});
