// With process.throwDeprecation set, 0.10.19's missing-callback handler throws the error
// instead of printing it: an uncaught exception (exit code 8) from inside the fs callback.
var fs = require('fs');
process.throwDeprecation = true;
process.on('exit', function (code) { console.log('exit', code); });
console.log('before');
fs.stat('/definitely/not/here');
setTimeout(function () { console.log('not reached'); }, 500);
