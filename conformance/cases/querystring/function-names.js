// the module functions' names and lengths as node 0.10 had them ('' for exports.x = function)
var qs = require('querystring');
Object.keys(qs).sort().forEach(function (k) { if (typeof qs[k] === 'function') console.log(k, JSON.stringify(qs[k].name), qs[k].length); });
console.log(require('util').inspect(qs.escape));
