// With process.throwDeprecation, the error reaches 'uncaughtException' as the fs error.
var fs = require('fs');
process.throwDeprecation = true;
process.on('uncaughtException', function (e) {
  console.log('uncaught', e.message, e.code, e.errno);
});
fs.open('/definitely/not/here', 'r');
