// An uncaught TypeError from a conversion inside util (console.log's %j of a circular object,
// %s/%d of an object without toString/valueOf, util.log() with no message, the printers):
// stderr starts with the line of 0.10's util.js that failed. The child is process.execPath.
var srcs = [
  "var o = {}; o.o = o; console.log('%j', o)",
  "var o = {}; o.o = o; require('util').format('%j', 1, o)",
  "console.log('%s', Object.create(null))",
  "console.log('a %d', Object.create(null))",
  "require('util').format('%s', { toString: function () { return {}; }, valueOf: 5 })",
  "require('util').log()",
  "require('util').log(null)",
  "require('util').log({ toString: 5 })",
  "require('util').log(Object.create(null))",
  "require('util').puts(1, Object.create(null))",
  "require('util').print(Object.create(null))",
  "require('util').error(Object.create(null))",
  "require('util').debug(Object.create(null))"
];
// The sources hold % directives: print them as JSON, not as console.log's format.
require('../../lib/uncaught-heads')(srcs, function (s) { return JSON.stringify(s); });
