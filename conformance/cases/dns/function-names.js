// the module functions' names and lengths as node 0.10 had them ('' for exports.x = function)
var dns = require('dns');
Object.keys(dns).sort().forEach(function (k) { if (typeof dns[k] === 'function') console.log(k, JSON.stringify(dns[k].name), dns[k].length); });
