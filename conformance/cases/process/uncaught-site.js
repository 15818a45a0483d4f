// Uncaught errors of process.kill, process.nextTick(non-function), process.umask and
// process.hrtime: stderr starts with the site 0.10 showed (node.js:723/728/415, or the
// program's call for a C++ function). The child is process.execPath.
var srcs = [
  "process.kill(999999)",
  "process.kill(process.pid, 'SIGFOO')",
  "process.nextTick(5)",
  "process.umask('xyz')",
  "process.hrtime(5)"
];
require('../../lib/uncaught-heads')(srcs);
