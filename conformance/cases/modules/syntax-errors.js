// Compile errors of required files: 0.10's (V8 3.14's) messages, and a stack that starts
// with the message (the source line and caret went to stderr, once per process).
var fs = require('fs');
var dir = __dirname + '/fixtures/syntax';
fs.readdirSync(dir).sort().forEach(function (f) {
  try {
    require(dir + '/' + f);
    console.log(f, 'did not throw');
  } catch (e) {
    console.log(f, e.name, JSON.stringify(e.message), JSON.stringify(e.stack.split('\n')[0]), e instanceof SyntaxError);
  }
});
