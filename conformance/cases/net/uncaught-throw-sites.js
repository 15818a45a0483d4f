// An uncaught error thrown by net's own checks: stderr starts with the line of 0.10's net.js
// that threw it and a caret under what it threw. The child is process.execPath.
var srcs = [
  'require("net").createServer().close()',
  'require("net").createServer().listen({ foo: 1 })',
  'new (require("net").Socket)().write(5)',
  'var s = require("net").createServer(function (c) { c.end(); }).listen(0, function () { var c = require("net").connect(s.address().port, function () { c.write({}); }); })',
  'new (require("net").Socket)({ fd: require("fs").openSync(process.execPath, "r") })',
  'new (require("net").Socket)({ fd: String(require("fs").openSync(process.execPath, "r")) })'
];
require('../../lib/uncaught-heads')(srcs, null, 7);
