// require('dns'): its members in order, the query functions' names, the error-code constants.
var dns = require('dns');
var util = require('util');
console.log(util.inspect(dns));
console.log(Object.keys(dns).length);
console.log(dns.resolve4 === dns.resolve6, dns.lookup.length, dns.resolve.length, dns.resolve4.length, dns.reverse.length);
