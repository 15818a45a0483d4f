// dns.resolve* inside a domain: a query answered later (c-ares' MakeCallback carried no
// domain) calls back outside it; one completed inside the call (a bad name, the hosts file)
// calls back on a tick queued in the domain, so inside it.
var domain = require('domain'), dns = require('dns');
var d = domain.create();
d.on('error', function (e) { console.log('d error: ' + e.message); });
d.run(function () {
  dns.resolve4('nonexistent.invalid', function (e) { console.log('resolve4 async:', process.domain === d, e && e.code); });
  dns.resolve4('bad..name', function (e) { console.log('resolve4 bad name:', process.domain === d, e && e.code); });
  dns.reverse('127.0.0.1', function (e, names) { console.log('reverse from hosts:', process.domain === d, e, names); });
});
