// runtime-only: the matrix holds a module's require, whose source the runtime prints as 0.10 did.
// assert's failure messages over a matrix of values (numbers, strings, NaN, -0, null, undefined,
// arrays, nested objects, dates, regexps, functions, buffers, errors, long strings, arguments,
// null-prototype objects) and every comparison, plus throws/doesNotThrow/fail/ifError.
var assert = require('assert');
var vals = [1, '1', 0, -0, NaN, null, undefined, true, false, '', 'a\nb', [1, 2], [1, [2, [3, [4]]]], { a: 1 }, { a: { b: { c: { d: {} } } } }, new Date(0), /x/g, function f() {}, new Buffer('ab'), [], {}, Infinity, -Infinity, new Error('e'), new Array(200).join('x'), { toString: function () { return 'T'; } }, Object.create(null), [undefined, null], { a: [1, 2, { b: 3 }] }, arguments];
var ops = ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'strictEqual', 'notStrictEqual'];
vals.forEach(function (a, i) {
  vals.forEach(function (b, j) {
    ops.forEach(function (op) {
      try { assert[op](a, b); } catch (e) { console.log(i, j, op, JSON.stringify(e.message), e.name, e.operator, e.generatedMessage); }
    });
  });
});
try { assert.throws(function () { throw new Error('x'); }, /y/); } catch (e) { console.log('throws', e.message); }
try { assert.throws(function () {}, Error, 'msg'); } catch (e) { console.log('throws2', e.message); }
try { assert.doesNotThrow(function () { throw new Error('x'); }, 'dnt'); } catch (e) { console.log('dnt', e.message); }
try { assert.fail(1, 2, undefined, '>'); } catch (e) { console.log('fail', e.message); }
try { assert.ifError('err'); } catch (e) { console.log('ifError', e); }
