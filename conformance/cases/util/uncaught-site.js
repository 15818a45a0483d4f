// An uncaught error thrown by util on a bad argument: stderr starts with the site in 0.10's
// util.js that threw it (file:line, the line, the caret). The child is process.execPath.
var srcs = [
  "require('util').inherits(function () {}, undefined)",
  "require('util').inherits(undefined, function () {})",
  "require('util').inherits(function () {}, { prototype: 5 })"
];
require('../../lib/uncaught-heads')(srcs);
