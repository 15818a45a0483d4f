// the module and Url.prototype functions' names and lengths as node 0.10 had them
var url = require('url');
Object.keys(url).sort().forEach(function (k) { if (typeof url[k] === 'function') console.log(k, JSON.stringify(url[k].name), url[k].length); });
Object.keys(url.Url.prototype).sort().forEach(function (k) { var f = url.Url.prototype[k]; if (typeof f === 'function') console.log('Url#' + k, JSON.stringify(f.name), f.length); });
console.log(require('util').inspect(url.parse('http://a/b')));
