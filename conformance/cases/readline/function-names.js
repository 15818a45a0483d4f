// the module functions' names and lengths as node 0.10 had them ('' for exports.x = function)
var readline = require('readline');
Object.keys(readline).sort().forEach(function (k) { if (typeof readline[k] === 'function') console.log(k, JSON.stringify(readline[k].name), readline[k].length); });
