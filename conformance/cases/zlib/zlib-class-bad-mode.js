// new zlib.Zlib(mode) with a bad mode: 0.10's C++ constructor threw TypeError('Bad argument'),
// so the stack starts in the program, and an uncaught one shows the program's line.
var zlib = require('zlib');
[9, undefined, 'x', 1.5, -1].forEach(function (m) {
  try { new zlib.Zlib(m); console.log(m, 'made'); } catch (e) { console.log(String(m), e.name, e.message, e.stack.split('\n')[1].replace(/^.*[\/\\]/, '')); }
});
require('../../lib/uncaught-heads')(['new (require("zlib").Zlib)(9)', 'function f() { return new (require("zlib").Zlib)(); }\nf()'], null, 6);
