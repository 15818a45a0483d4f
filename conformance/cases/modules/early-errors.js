// Early errors as V8 3.14 reported them: an invalid assignment target is a ReferenceError
// (thrown at compile time), an anonymous function statement "Unexpected token (". The first
// compile error's site goes to stderr; the child's stderr shows it.
var cp = require('child_process');
var names = ['assign', 'postfix', 'prefix', 'object', 'anon-function', 'anon-function2'];
if (process.argv[2] === 'child') {
  names.forEach(function (n) {
    try {
      require('./fixtures/early/' + n);
      console.log(n, 'loaded');
    } catch (e) {
      console.log(n, e.name, e instanceof ReferenceError, e instanceof SyntaxError, JSON.stringify(e.message));
    }
  });
  return;
}
var i = 0;
(function next() {
  if (i === names.length) {
    cp.execFile(process.execPath, [__filename, 'child'], function (err, stdout) {
      console.log(stdout);
    });
    return;
  }
  var n = names[i++];
  cp.execFile(process.execPath, ['-e', 'require("./fixtures/early/' + n + '")'], function (err, stdout, stderr) {
    var lines = stderr.split('\n');
    console.log(n, err && err.code, JSON.stringify(lines.slice(2, 5)));
    next();
  });
})();
