// util.inspect with showHidden: Errors and RegExps list V8 3.14's own properties.
var util = require('util');
console.log(util.inspect(new Error('h'), { showHidden: true }));
console.log(util.inspect(new Error(), { showHidden: true }));
console.log(util.inspect(new TypeError('t'), { showHidden: true }));
var e = new Error('x');
e.code = 'E_X';
console.log(util.inspect(e, { showHidden: true }));
console.log(util.inspect({ e: new RangeError('z') }, true));
console.log(util.inspect(/x/gi, { showHidden: true }));
var r = /q/m;
r.extra = 1;
r.exec('q');
console.log(util.inspect(r, true));
console.log(util.inspect([/a/, new Error('in array')], { showHidden: true }));
console.log(util.inspect(function f(a) {}, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect((function () { return arguments; })(1), { showHidden: true }));
