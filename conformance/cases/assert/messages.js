// AssertionError fields and the messages 0.10 builds for every assertion.
var assert = require('assert');
var util = require('util');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, '-> no throw');
  } catch (e) {
    var fields = e && typeof e === 'object' ? Object.keys(e).join(',') : typeof e;
    console.log(label, '->', e && e.name, '|', JSON.stringify(e && e.message), '|', util.inspect(e && e.actual), '|',
      util.inspect(e && e.expected), '|', e && e.operator, '|', fields, '|', e instanceof assert.AssertionError, e instanceof Error);
  }
}

attempt('assert(false)', function () { assert(false); });
attempt('assert(0, msg)', function () { assert(0, 'zero is falsy'); });
attempt('assert()', function () { assert(); });
attempt('assert(true)', function () { assert(true); });
attempt('ok("")', function () { assert.ok(''); });
attempt('ok(1)', function () { assert.ok(1); });
attempt('equal(1, 2)', function () { assert.equal(1, 2); });
attempt('equal(1, "1")', function () { assert.equal(1, '1'); });
attempt('equal(null, undefined)', function () { assert.equal(null, undefined); });
attempt('equal("a", {x})', function () { assert.equal('a', { x: 1 }); });
attempt('equal(fn, 1)', function () { assert.equal(function f() { return 1; }, 1); });
attempt('equal(undefined, 1)', function () { assert.equal(undefined, 1); });
attempt('equal(NaN, NaN)', function () { assert.equal(NaN, NaN); });
attempt('equal(Infinity, -Infinity)', function () { assert.equal(Infinity, -Infinity); });
attempt('equal(/x/g, 1)', function () { assert.equal(/x/g, 1); });
attempt('equal(Error, 1)', function () { assert.equal(new Error('e'), 1); });
attempt('equal(Date, 1)', function () { assert.equal(new Date(0), 1); });
attempt('equal(nested undefined)', function () { assert.equal({ a: undefined, b: [undefined, NaN, function () {}] }, 1); });
attempt('equal(long string)', function () { assert.equal(new Array(200).join('y'), 1); });
attempt('equal(long object)', function () { var o = {}; for (var i = 0; i < 40; i++) o['k' + i] = i; assert.equal(o, 1); });
attempt('equal(multi-line)', function () { assert.equal('a\nb', 'c'); });
attempt('equal with message ""', function () { assert.equal(1, 2, ''); });
attempt('equal with message 0', function () { assert.equal(1, 2, 0); });
attempt('equal with message', function () { assert.equal(1, 2, 'one is not two'); });
attempt('notEqual(1, "1")', function () { assert.notEqual(1, '1'); });
attempt('notEqual(1, 2)', function () { assert.notEqual(1, 2); });
attempt('strictEqual(1, "1")', function () { assert.strictEqual(1, '1'); });
attempt('strictEqual(NaN, NaN)', function () { assert.strictEqual(NaN, NaN); });
attempt('notStrictEqual(1, 1)', function () { assert.notStrictEqual(1, 1); });
attempt('notStrictEqual(1, "1")', function () { assert.notStrictEqual(1, '1'); });
attempt('deepEqual fail', function () { assert.deepEqual({ a: [1, 2] }, { a: [1, 3] }); });
attempt('notDeepEqual fail', function () { assert.notDeepEqual([1], [1]); });
attempt('fail(1, 2, undefined, ">")', function () { assert.fail(1, 2, undefined, '>'); });
attempt('fail(1, 2, "msg", ">")', function () { assert.fail(1, 2, 'msg', '>'); });
attempt('fail()', function () { assert.fail(); });
attempt('ifError(Error)', function () { assert.ifError(new Error('from callback')); });
attempt('ifError("str")', function () { assert.ifError('str'); });
attempt('ifError(null)', function () { assert.ifError(null); });
attempt('ifError(0)', function () { assert.ifError(0); });
attempt('circular in message', function () { var c = {}; c.c = c; assert.equal(c, 1); });

var e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'op' });
console.log(e.message, e.name, String(e), Object.keys(e));
console.log(util.inspect(e));
var e2 = new assert.AssertionError({ message: 'custom', actual: 1 });
console.log(util.inspect(e2), e2.toString());
console.log(e.stack.split('\n')[0]);
console.log(util.isError(e), Object.prototype.toString.call(e));
console.log(assert.AssertionError.super_ === Error, Object.keys(assert.AssertionError), Object.getOwnPropertyNames(assert.AssertionError.prototype));
console.log(assert.ok === assert, typeof assert, Object.keys(assert));
console.log(assert.length, assert.ok.length, assert.equal.length, assert.throws.length, assert.doesNotThrow.length, assert.fail.length, assert.ifError.length, assert.AssertionError.length);
