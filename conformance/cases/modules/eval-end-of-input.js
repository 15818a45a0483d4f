// A script (-e, stdin) that ends too early: V8 3.14 showed no caret, and a script ending
// with a line break had its end on line 0. The child is process.execPath (n10 under n10).
var srcs = ['var', 'x(\n', 'x(\n  ', 'x(\n//c', 'if (1) {\n\n'];
require('../../lib/uncaught-heads')(srcs, JSON.stringify);
