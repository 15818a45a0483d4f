// An uncaught error thrown by url on a bad argument: stderr starts with the site in 0.10's
// url.js that threw it (file:line, the line, the caret). The child is process.execPath.
var srcs = [
  "require('url').parse()",
  "require('url').resolve(5, 'a')",
  "require('url').parse({})"
];
require('../../lib/uncaught-heads')(srcs);
