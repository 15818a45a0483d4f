// require('path'): keys, types and arities as 0.10 exposes them.
var path = require('path');
Object.keys(path).forEach(function (k) {
  var v = path[k];
  console.log(k, typeof v, typeof v === 'function' ? v.length : JSON.stringify(v));
});
console.log(path._makeLong('a/b'), path._makeLong(5));
