// util.inspect prints an Error with Error.prototype.toString and a RegExp with
// RegExp.prototype.toString as they are at the time of the call: a program that replaces them
// sees its own (node 0.10 looked them up at each use).
var util = require('util');
var e = new Error('m');
e.extra = 1;
console.log(util.inspect(e), util.inspect([/a/g]));
var errorToString = Error.prototype.toString;
var regExpToString = RegExp.prototype.toString;
Error.prototype.toString = function () { return 'E<' + this.message + '>'; };
RegExp.prototype.toString = function () { return 'R<' + this.source + '>'; };
console.log(util.inspect(e), util.inspect({ r: /b/ }), util.inspect(new TypeError('t')));
console.log(new RangeError('r'), /c/i);
Error.prototype.toString = errorToString;
RegExp.prototype.toString = regExpToString;
console.log(util.inspect(e), /d/m);
