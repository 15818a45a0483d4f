// A tour of the 0.10 module system: a relative module, a JSON file, a folder module and a
// package under node_modules. `npx n10 examples/modules-tour/main.js` prints the same as node 0.10.
var greet = require('./lib/greet');
var config = require('./config.json');
var shapes = require('./lib/shapes');
var pad = require('left-pad-010');

console.log(greet(config.name));
console.log('config keys:', Object.keys(config));
shapes.all.forEach(function (s) {
  console.log(pad(s.name, 10) + ' area ' + s.area().toFixed(2));
});
console.log('loaded modules:', Object.keys(require.cache).map(function (f) {
  return require('path').relative(__dirname, f);
}));
console.log('main is this module:', require.main === module, module.children.length, 'children');
