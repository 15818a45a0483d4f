// An uncaught error thrown by dns's own checks: stderr starts with the line of 0.10's dns.js
// that threw it and a caret under what it threw. The child is process.execPath.
var srcs = [
  'require("dns").resolve("localhost", "XX", function () {})',
  'require("dns").lookup("localhost", 5, function () {})',
  'require("dns").reverse("foo", function () {})'
];
require('../../lib/uncaught-heads')(srcs, null, 5);
