// os.networkInterfaces(): 0.10 listed address, family and internal (no netmask or mac yet).
var os = require('os');
var ifs = os.networkInterfaces();
console.log(typeof ifs, Array.isArray(ifs.lo));
console.log(ifs.lo);
var keys = {};
Object.keys(ifs).forEach(function (name) {
  ifs[name].forEach(function (a) { keys[Object.keys(a).join(',')] = true; });
});
console.log(Object.keys(keys));
console.log(JSON.stringify(os.getNetworkInterfaces()) === JSON.stringify(ifs));
