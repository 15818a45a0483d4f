// The source line above an uncaught error in a file with CRLF line ends: V8 3.14 showed it
// without its CR (a throw statement's line and an engine error's alike).
var printUncaughtFileHeads = require('../../lib/uncaught-file-heads');
printUncaughtFileHeads(['var x = 1;\r\nthrow new Error("boom");\r\n', 'var x = 1;\r\nnull.y;\r\n']);
