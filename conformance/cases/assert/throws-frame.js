// assert.throws / assert.doesNotThrow run the block from assert.js's `_throws`, called on the
// assert function: a stack through the block shows `Function._throws` below it, as in 0.10.
var assert = require('assert');
function below(f) {
  var saved = Error.prepareStackTrace;
  var seen = null;
  function block() {
    Error.prepareStackTrace = function (e, frames) { return frames; };
    var holder = {};
    Error.captureStackTrace(holder);
    var site = holder.stack[1];
    Error.prepareStackTrace = saved;
    seen = site.getTypeName() + ' ' + site.getFunctionName();
    if (f === 'throw') throw new Error('x');
  }
  try { assert[f === 'throw' ? 'throws' : f](block); } catch (e) { seen += ' / ' + e.message; }
  return seen;
}
console.log(below('throws'));
console.log(below('throw'));
console.log(below('doesNotThrow'));
try {
  assert.doesNotThrow(function () { throw new Error('unwanted'); });
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 3).map(function (l) { return l.replace(/ \(.*\)$/, '').replace(/\/.*\//, ''); }).join('\n'));
}
