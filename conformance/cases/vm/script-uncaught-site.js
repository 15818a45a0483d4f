// runtime-only: the vm.js frame and site are placed by the runtime.
// An uncaught error out of a Script's run (thrown by the code, or by a function it called)
// shows 0.10's vm.js:41 as its site, where the Script method called the binding (0.10's C++
// caught and rethrew it); the Script method's frame is vm.js:41:22.
var execFile = require('child_process').execFile;
var programs = [
  "require('vm').createScript('null.x', 'f.vm').runInThisContext()",
  "require('vm').createScript('throw new Error(\"direct\")', 'f.vm').runInNewContext({})",
  "var c = { f: function () { throw new TypeError('called'); } }; new (require('vm').Script)('f()', 'f.vm').runInContext(require('vm').createContext(c))",
  "try { require('vm').createScript('null.x', 'f.vm').runInThisContext(); } catch (e) { console.log(e.stack.split('\\n').slice(0, 3).join('\\n')); }"
];
(function next(i) {
  if (i >= programs.length) return;
  execFile(process.execPath, ['-e', programs[i]], function (err, stdout, stderr) {
    console.log(i, err ? err.code : 0, JSON.stringify(stdout));
    console.log(stderr.split('\n').slice(0, 7).join('\n'));
    next(i + 1);
  });
})(0);
