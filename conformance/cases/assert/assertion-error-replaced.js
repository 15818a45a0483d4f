// Every failed assertion throws `new assert.AssertionError(…)` with the constructor on the module
// at that moment, as 0.10's fail did: a program that replaces it gets its own errors.
var assert = require('assert');
var Original = assert.AssertionError;
function Mine(options) {
  this.name = 'Mine';
  this.message = 'mine: ' + options.operator + ' ' + JSON.stringify([options.actual, options.expected, options.message]);
}
assert.AssertionError = Mine;
function attempt(label, f) {
  try { f(); console.log(label + ': no throw'); } catch (e) {
    console.log(label + ': ' + (e instanceof Mine) + ' ' + (e instanceof Original) + ' ' + e.message);
  }
}
attempt('ok', function () { assert(0); });
attempt('equal', function () { assert.equal(1, 2); });
attempt('deepEqual', function () { assert.deepEqual([1], [2], 'msg'); });
attempt('strictEqual', function () { assert.strictEqual(1, '1'); });
attempt('throws', function () { assert.throws(function () {}); });
attempt('doesNotThrow', function () { assert.doesNotThrow(function () { throw new Error('x'); }, 'why'); });
attempt('fail', function () { assert.fail(1, 2, undefined, '<>'); });
assert.AssertionError = Original;
attempt('restored', function () { assert.equal(1, 2); });
