// An uncaught TypeError of an EventEmitter argument check: stderr starts with the site in
// 0.10's events.js (49, 130, 171, 189). The child is process.execPath.
var srcs = [
  "new (require('events').EventEmitter)().on('x', 5)",
  "new (require('events').EventEmitter)().once('x')",
  "new (require('events').EventEmitter)().removeListener('x', 5)",
  "new (require('events').EventEmitter)().setMaxListeners('a')"
];
require('../../lib/uncaught-heads')(srcs);
