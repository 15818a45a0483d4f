// dns.lookup's request remembers the domain active when it was made (req.domain, null
// outside one); its callback runs inside it, so what the callback throws goes to the domain.
var dns = require('dns');
var domain = require('domain');
var outside = dns.lookup('localhost', function () { console.log('outside: domain', process.domain === undefined || process.domain === null); });
console.log(Object.keys(outside).join(), outside.domain);
var d = domain.create();
d.on('error', function (e) { console.log('domain caught:', e.message, Object.keys(e).join()); });
d.run(function () {
  var req = dns.lookup('localhost', function (err) {
    console.log('inside: domain', process.domain === d, err);
    throw new Error('thrown by the lookup callback');
  });
  console.log(Object.keys(req).join(), req.domain === d);
  // An address literal is answered on the next tick, which keeps the domain too.
  dns.lookup('127.0.0.1', function (err, address) { console.log('literal:', address, process.domain === d); });
});
