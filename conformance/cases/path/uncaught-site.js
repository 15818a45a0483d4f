// An uncaught error thrown by path on a bad argument: stderr starts with the site in 0.10's
// path.js that threw it (file:line, the line, the caret). The child is process.execPath.
var srcs = [
  "require('path').join('a', undefined)",
  "require('path').resolve(null)",
  "require('path').relative(5, 'a')",
  "require('path').normalize(5)"
];
require('../../lib/uncaught-heads')(srcs);
