// assert.AssertionError called without `new` (0.10's constructor was sloppy code): it writes
// onto `this` (here the assert function itself, whose read-only name stays) and returns undefined.
var assert = require('assert');
var r = assert.AssertionError({ actual: 1, expected: 2, operator: '==' });
console.log(r, assert.name, assert.actual, assert.expected, assert.operator, assert.message, typeof assert.stack);
var o = {};
assert.AssertionError.call(o, { message: 'm' });
console.log(Object.keys(o), o.message, typeof o.stack);
