// V8 3.14's words for eval/arguments misused in strict code (the host says "Unexpected eval
// or arguments in strict mode" for all), and its carets, which may run past a windowed line;
// and a few more compile errors the host words differently.
var cp = require('child_process');
var names = ['var', 'assign', 'compound', 'prefix', 'postfix', 'function-name', 'parameter', 'catch', 'long-token', 'octal-escape', 'for-in-two', 'unicode-escape'];
if (process.argv[2] === 'child') {
  names.forEach(function (n) {
    try {
      require('./fixtures/strict/' + n);
      console.log(n, 'loaded');
    } catch (e) {
      console.log(n, e.name, JSON.stringify(e.message));
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
  cp.execFile(process.execPath, ['-e', 'require("./fixtures/strict/' + n + '")'], function (err, stdout, stderr) {
    console.log(n, err && err.code, JSON.stringify(stderr.split('\n').slice(2, 5)));
    next();
  });
})();
