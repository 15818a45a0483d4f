// dns.lookup of localhost, IP literals, family 4, empty/null names, an invalid name, a bad family; its return value.
var dns = require('dns');
// Lookups finish in thread-pool order: lines are printed sorted at exit.
var lines = [];
var log = function () { lines.push([].slice.call(arguments).map(String).join(' ')); };
process.on('exit', function () { console.log(lines.sort().join('\n')); });
dns.lookup('localhost', function (err, addr, fam) { log('localhost', err, typeof addr, fam === 4 || fam === 6); });
dns.lookup('127.0.0.1', function (err, addr, fam) { log('ip', err, addr, fam); });
dns.lookup('::1', function (err, addr, fam) { log('ip6', err, addr, fam); });
dns.lookup('localhost', 4, function (err, addr, fam) { log('v4', err, addr, fam); });
dns.lookup('', function (err, addr, fam) { log('empty', err, addr, fam); });
dns.lookup(null, function (err, addr, fam) { log('null', err, addr, fam); });
dns.lookup('no-such-host.invalid', function (err, addr) { log('invalid', err && err.code, err && err.message, err && err.syscall, addr); });
try { dns.lookup('x', 5, function(){}); } catch (e) { console.log('bad family', e.message); }
var r = dns.lookup('127.0.0.1', function(){});
console.log('returns', typeof r, r && r.constructor && r.constructor.name);
