// the module functions' names and lengths as node 0.10 had them ('' for exports.x = function)
var tty = require('tty');
Object.keys(tty).sort().forEach(function (k) { if (typeof tty[k] === 'function') console.log(k, JSON.stringify(tty[k].name), tty[k].length); });
console.log(require('util').inspect(tty.isatty));
