// util.inspect with showHidden prints a stack installed by Error.captureStackTrace as
// [Getter/Setter] (an accessor in V8 3.14), e.g. for assert.AssertionError instances.
var util = require('util'), assert = require('assert');
var o = {}; Error.captureStackTrace(o);
console.log(util.inspect(o, { showHidden: true }));
var o2 = {}; Error.captureStackTrace(o2); o2.stack = 'set';
console.log(util.inspect(o2, { showHidden: true }));
function MyErr(m) { this.message = m; Error.captureStackTrace(this, MyErr); }
util.inherits(MyErr, Error);
console.log(util.inspect(new MyErr('q'), { showHidden: true }));
console.log(util.inspect(new assert.AssertionError({ actual: 1, expected: 2, operator: '==' }), { showHidden: true }));
console.log(util.inspect({ a: 1, stack: 'mine' }, { showHidden: true }));
var e = new Error('x'); e.stack = 'y';
console.log(util.inspect(e, { showHidden: true }));
