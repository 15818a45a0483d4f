// assert.throws / doesNotThrow with no expectation, a constructor, a RegExp, a validation
// function and a message.
var assert = require('assert');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, '-> no throw');
  } catch (e) {
    var expected = e && e.expected;
    console.log(label, '->', e && e.name, '|', JSON.stringify(e && e.message), '|', typeof e,
      '|', typeof expected === 'function' ? 'fn:' + expected.name : String(expected));
  }
}
function thrower(err) { return function () { throw err; }; }
function noop() {}

attempt('throws(noop)', function () { assert.throws(noop); });
attempt('throws(noop, Error)', function () { assert.throws(noop, Error); });
attempt('throws(noop, "msg")', function () { assert.throws(noop, 'msg'); });
attempt('throws(noop, Error, "msg")', function () { assert.throws(noop, Error, 'msg'); });
attempt('throws(noop, TypeError)', function () { assert.throws(noop, TypeError); });
attempt('throws(noop, /x/)', function () { assert.throws(noop, /x/); });
attempt('throws(Error)', function () { assert.throws(thrower(new Error('x'))); });
attempt('throws(TypeError, TypeError)', function () { assert.throws(thrower(new TypeError('x')), TypeError); });
attempt('throws(TypeError, Error)', function () { assert.throws(thrower(new TypeError('x')), Error); });
attempt('throws(TypeError, RangeError)', function () { assert.throws(thrower(new TypeError('x')), RangeError); });
attempt('throws(Error x, /x/)', function () { assert.throws(thrower(new Error('x')), /x/); });
attempt('throws(Error x, /q/)', function () { assert.throws(thrower(new Error('x')), /q/); });
attempt('throws(TypeError x, /y/)', function () { assert.throws(thrower(new TypeError('x')), /y/); });
attempt('throws(validate true)', function () { assert.throws(thrower(new Error('x')), function (e) { return e.message === 'x'; }); });
attempt('throws(validate false)', function () { assert.throws(thrower(new Error('x')), function (e) { return false; }); });
attempt('throws(validate undefined)', function () { assert.throws(thrower(new Error('x')), function () {}); });
attempt('throws(validate, message)', function () { assert.throws(thrower(new Error('x')), function () { return true; }, 'unexpected error'); });
attempt('throws(string)', function () { assert.throws(thrower('str')); });
attempt('throws(string, /s/)', function () { assert.throws(thrower('str'), /s/); });
attempt('throws(string, /q/)', function () { assert.throws(thrower('str'), /q/); });
attempt('throws(0)', function () { assert.throws(thrower(0)); });
attempt('throws(null, Error)', function () { assert.throws(thrower(null), Error); });
attempt('throws(object, Error)', function () { assert.throws(thrower({ a: 1 }), Error); });
attempt('throws(not a function)', function () { assert.throws(1); });
attempt('throws(noop, "a", "b")', function () { assert.throws(noop, 'a', 'b'); });
attempt('doesNotThrow(noop)', function () { assert.doesNotThrow(noop); });
attempt('doesNotThrow(Error)', function () { assert.doesNotThrow(thrower(new Error('d'))); });
attempt('doesNotThrow(Error, "mm")', function () { assert.doesNotThrow(thrower(new Error('d')), 'mm'); });
attempt('doesNotThrow(Error, Error, "mm")', function () { assert.doesNotThrow(thrower(new Error('d')), Error, 'mm'); });
attempt('doesNotThrow(Error, TypeError)', function () { assert.doesNotThrow(thrower(new Error('d')), TypeError); });
attempt('doesNotThrow(Error, /d/)', function () { assert.doesNotThrow(thrower(new Error('abcd')), /d/); });
attempt('doesNotThrow(Error, /z/)', function () { assert.doesNotThrow(thrower(new Error('abc')), /z/); });
attempt('doesNotThrow(string)', function () { assert.doesNotThrow(thrower('str')); });
attempt('doesNotThrow(0)', function () { assert.doesNotThrow(thrower(0)); });

// The manual's examples.
assert.throws(function () { throw new Error('Wrong value'); }, Error);
assert.throws(function () { throw new Error('Wrong value'); }, /value/);
assert.throws(function () { throw new Error('Wrong value'); }, function (err) {
  if ((err instanceof Error) && /value/.test(err)) return true;
}, 'unexpected error');
console.log('manual examples pass');
