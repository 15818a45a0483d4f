// assert.throws / doesNotThrow given an `error` that is neither a function, a RegExp nor a
// string: 0.10 tested `actual instanceof error` and V8 3.14 threw (naming the thrown value,
// not the right operand), even for an object with a call method. Caught, then uncaught.
var assert = require('assert');
function thrower(v) { return function () { throw v; }; }
var expecteds = [5, {}, true, [], { call: function () { return true; } }];
var values = [new Error('x'), 'str', { a: 1 }, [1, 2], Object.create(null), function named() { return 1; }];
expecteds.forEach(function (e, i) {
  values.forEach(function (v, j) {
    try {
      assert.throws(thrower(v), e);
      console.log(i, j, 'passed');
    } catch (er) {
      console.log(i, j, er.name, er.message);
    }
    try {
      assert.doesNotThrow(thrower(v), e);
      console.log(i, j, 'dnt passed');
    } catch (er) {
      console.log(i, j, 'dnt', er.name, er.message);
    }
  });
  try { assert.throws(function () {}, e); } catch (er) { console.log(i, 'none', er.name, er.message); }
  try { assert.throws(thrower(0), e); } catch (er) { console.log(i, 'zero', er.name, er.message); }
});
var srcs = [
  "require('assert').throws(function () { throw new Error('x'); }, 5)",
  "require('assert').throws(function () { throw new Error('x'); }, { call: function () { return true; } })",
  "require('assert').doesNotThrow(function () { throw [1, 2]; }, {})"
];
require('../../lib/uncaught-heads')(srcs, null, 8);
