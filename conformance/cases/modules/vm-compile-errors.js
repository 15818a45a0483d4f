// Compile errors of vm code in V8 3.14's words (the runtime lends its rewriter to @n10/vm),
// and their site when uncaught: 0.10's vm rethrew them, so the site was the program's call
// (vm.js:32 for new vm.Script / vm.createScript).
var vm = require('vm');
var cp = require('child_process');
var srcs = ['x + y = 3', 'var a = ;', '"use strict"; eval = 1', 'function () {}', 'a(1 2)', 'var x = "\\u00g0"'];
srcs.forEach(function (s) {
  try { vm.runInThisContext(s, 'f.vm'); } catch (e) { console.log('this', e.name, e.message); }
  try { vm.runInNewContext(s, {}, 'f.vm'); } catch (e) { console.log('new', e.name, e.message); }
});
var progs = [
  'require("vm").runInNewContext("x + y = 1", {}, "f.vm")',
  'require("vm").runInThisContext("var a = ;", "f.vm")',
  'var vm = require("vm");\n  vm.createScript("a(1 2)")',
  'var vm = require("vm"); new vm.Script("a(1 2)")'
];
(function next(i) {
  if (i === progs.length) return;
  cp.execFile(process.execPath, ['-e', progs[i]], function (err, stdout, stderr) {
    console.log(i, err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
})(0);
