// A timer whose callback is no function: the uncaught TypeError's stderr starts with the
// site in 0.10's timers.js (first._onTimeout(), callback.apply, immediate._onImmediate()).
// The child is process.execPath.
var srcs = [
  "setTimeout('x', 1)",
  "setTimeout(5, 1, 'a')",
  "setInterval(5)",
  "setInterval(5, 1, 'a')",
  "setImmediate(5)",
  "setImmediate(5, 'a')",
  "setTimeout(function () { throw new Error('inner'); }, 1, 'a')"
];
require('../../lib/uncaught-heads')(srcs);
