// util.isError and util.inspect treat the native error prototypes as errors (V8 3.14 gave
// them the Error class), so mocha/chai printing `Error.prototype` shows [Error].
var util = require('util');
[Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError].forEach(function (E) {
  console.log(util.isError(E.prototype), util.inspect(E.prototype), util.inspect({ p: E.prototype }));
});
console.log(util.isError(Object.create(Error.prototype)), util.inspect(Object.create(TypeError.prototype)));
console.log(util.inspect(Error.prototype, { showHidden: true, depth: 0 }));
