// the module functions' names and lengths as node 0.10 had them ('' for exports.x = function)
var path = require('path');
Object.keys(path).sort().forEach(function (k) { if (typeof path[k] === 'function') console.log(k, JSON.stringify(path[k].name), path[k].length); });
console.log(require('util').inspect(path.join));
