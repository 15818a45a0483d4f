// An uncaught error thrown by dgram's own checks: stderr starts with the line of 0.10's
// dgram.js that threw it and a caret under what it threw. The child is process.execPath.
var pre = 'var d = require("dgram"), s = d.createSocket("udp4"); ';
var srcs = [
  'require("dgram").createSocket("unix_dgram")',
  'require("dgram").createSocket("udp5")',
  pre + 's.bind(0); s.bind(0)',
  pre + 's.send(new Buffer(3), 0, 3)',
  pre + 's.send("abc", 0, 3, 1, "127.0.0.1")',
  pre + 's.send(new Buffer(3), -1, 3, 1, "127.0.0.1")',
  pre + 's.send(new Buffer(3), 5, 3, 1, "127.0.0.1")',
  pre + 's.send(new Buffer(3), 0, -1, 1, "127.0.0.1")',
  pre + 's.send(new Buffer(3), 0, 4, 1, "127.0.0.1")',
  pre + 's.send(new Buffer(3), 0, 3, 0, "127.0.0.1")',
  pre + 's.sendto(new Buffer(3), "a", 3, 1, "127.0.0.1")',
  pre + 's.sendto(new Buffer(3), 0, 3, 1, 5)',
  pre + 's.bind(0, function () { s.setTTL("x"); })',
  pre + 's.bind(0, function () { s.setMulticastTTL("x"); })',
  pre + 's.addMembership()',
  pre + 's.dropMembership()',
  pre + 's.close(); s.close()'
];
require('../../lib/uncaught-heads')(srcs, null, 6);
