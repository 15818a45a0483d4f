// A call without a callback: 0.10.19 neither throws nor calls anything for success, and for
// a failure prints "fs: missing callback <stack>" on stderr (not compared) and goes on.
// Sync argument errors still throw.
var fs = require('fs');
fs.stat('/definitely/not/here');
fs.open('/definitely/not/here', 'r');
fs.readFile('/definitely/not/here');
fs.writeFile('/definitely/not/here', 'x');
fs.mkdir('/definitely/not/here');
fs.unlink('/definitely/not/here');
fs.readdir('/definitely/not/here');
fs.close(1234567);
fs.exists('/definitely/not/here');
fs.realpath('/definitely/not/here');
fs.read(1234567, new Buffer(1), 0, 1, 0);
fs.write(1234567, new Buffer(1), 0, 1, 0);
fs.stat('/definitely/not/here\u0000');
try { fs.stat(42); } catch (e) { console.log('still throws', e.name, e.message); }
setTimeout(function () { console.log('still running'); }, 100);
