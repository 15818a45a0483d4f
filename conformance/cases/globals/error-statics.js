// The Error constructor's own statics, as V8 3.14 had them.
var util = require('util');
console.log(Object.keys(Error), Error.stackTraceLimit, typeof Error.captureStackTrace);
console.log(util.inspect(Error));
var o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack);
