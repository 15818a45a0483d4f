// util.isArray / isRegExp / isDate / isError.
var util = require('util');
var vm = require('vm');

var samples = [
  ['[]', []], ['new Array(3)', new Array(3)], ['{}', {}], ['arguments', (function () { return arguments; })()],
  ['/x/', /x/], ['new RegExp', new RegExp('y')], ['regexp-like', { source: 'x', test: function () {} }],
  ['new Date()', new Date()], ['Date()', Date()], ['date-like', { getTime: function () { return 0; } }],
  ['new Error()', new Error()], ['new TypeError()', new TypeError()], ['error-like', { name: 'Error', message: 'm' }],
  ['Object.create(Error.prototype)', Object.create(Error.prototype)],
  ['null', null], ['undefined', undefined], ['string', 'str'], ['number', 1]
];
samples.forEach(function (s) {
  var v = s[1];
  console.log(s[0], util.isArray(v), util.isRegExp(v), util.isDate(v), util.isError(v));
});

// Values from another context are recognised by their class, not their prototype.
var other = vm.runInNewContext('[[], /r/, new Date(0), new Error("x")]');
console.log(util.isArray(other[0]), util.isRegExp(other[1]), util.isDate(other[2]), util.isError(other[3]));
console.log(other[0] instanceof Array, other[3] instanceof Error);
console.log(util.isArray.length, util.isRegExp.length, util.isDate.length, util.isError.length);
