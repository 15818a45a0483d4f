// util.inspect.colors and util.inspect.styles (customizable), and colored output.
var util = require('util');
console.log(JSON.stringify(util.inspect.colors));
console.log(JSON.stringify(util.inspect.styles));
var v = { n: 1, s: 'str', b: true, u: undefined, z: null, d: new Date(0), r: /x/, f: function f() {}, a: [1, 'x'] };
console.log(JSON.stringify(util.inspect(v, { colors: true })));
util.inspect.styles.number = 'red';
util.inspect.colors.red = [91, 39];
console.log(JSON.stringify(util.inspect(v, false, 2, true)));
util.inspect.styles.string = undefined;
console.log(JSON.stringify(util.inspect('x', { colors: true })));
