// The file name of vm code run without one: evalmachine.<anonymous> only when the argument is
// absent; an explicit undefined, and Script / createScript without one, name it "undefined".
var vm = require('vm');
function f(name, fn) { try { fn(); } catch (e) { console.log(name, e.stack.split('\n')[1]); } }
f('runInThisContext(c)', function () { vm.runInThisContext('null.g()'); });
f('runInThisContext(c, undefined)', function () { vm.runInThisContext('null.g()', undefined); });
f('runInThisContext(c, null)', function () { vm.runInThisContext('null.g()', null); });
f('runInNewContext(c)', function () { vm.runInNewContext('null.g()'); });
f('runInNewContext(c, {})', function () { vm.runInNewContext('null.g()', {}); });
f('runInNewContext(c, {}, undefined)', function () { vm.runInNewContext('null.g()', {}, undefined); });
f('runInContext(c, ctx)', function () { vm.runInContext('null.g()', vm.createContext()); });
f('runInContext(c, ctx, undefined)', function () { vm.runInContext('null.g()', vm.createContext(), undefined); });
f('createScript(c)', function () { vm.createScript('null.g()').runInThisContext(); });
f('createScript(c).runInNewContext', function () { vm.createScript('null.g()').runInNewContext({}); });
f('createScript(c, f)', function () { vm.createScript('null.g()', 'f.js').runInThisContext(); });
f('Script(c)', function () { vm.Script('null.g()').runInThisContext(); });
f('new Script(c, f)', function () { new vm.Script('null.g()', 'f.js').runInThisContext(); });
f('new Script(c, 5)', function () { new vm.Script('null.g()', 5).runInThisContext(); });
f('syntax createScript(c)', function () { vm.createScript('a b'); });
