// util.inspect / console.log of functions made by the Function constructor: V8 3.14 named
// them '' (their source reads "function anonymous("), so they print as [Function]; one
// declared as `function anonymous` keeps its name.
var util = require('util');
var made = new Function('a', 'return a');
function anonymous(x) { return x; }
console.log(util.inspect(made), util.inspect([Function(), new Function('a, b', 'c', 'return c')]), util.inspect(anonymous));
console.log({ compiled: made, declared: anonymous }, [made]);
console.log(util.format('%s', made), util.format(made));
