// assert.throws / doesNotThrow with a block that is not a function: 0.10 called it and V8 3.14
// threw "<type> is not a function" inside _throws, which counts as the block's exception
// (throws passes, doesNotThrow rethrows it). Caught, then uncaught.
var assert = require('assert');
[null, undefined, 5, 's', {}, [], true, /x/].forEach(function (v) {
  try { assert.doesNotThrow(v); console.log('passed'); } catch (e) { console.log(typeof v, e.name, e.message, e.stack.split('\n')[1]); }
  try { assert.throws(v); console.log('throws passed'); } catch (e) { console.log(typeof v, e.name, e.message); }
});
require('../../lib/uncaught-heads')(["require('assert').doesNotThrow(null)", "require('assert').doesNotThrow()"], null, 8);
