// Compile errors of code the program makes at run time (eval, new Function, vm, JSON): V8
// 3.14's messages as the program reads them, and their stacks (the Function constructor's frame,
// the caller's column, 0.10's library lines).
var vm = require('vm');
function show(label, f) {
  try {
    f();
  } catch (e) {
    console.log(label, JSON.stringify(e.message), e instanceof SyntaxError);
    console.log(e.stack.split('\n').slice(0, 6).join('\n  | '));
  }
}
show('new Function', function () { new Function('a b'); });
show('Function()', function () { Function('a b'); });
show('Function.apply', function () { Function.apply(null, ['a', 'a b']); });
show('brace', function () { new Function('return 1; }'); });
show('eval (', function () { eval('(1'); });
show('eval illegal', function () { eval('var 1a'); });
show('eval open block', function () { eval('if (x) {'); });
show('indirect eval', function () { (0, eval)('a b'); });
show('string', function () { eval('"abc'); });
show('runInThisContext', function () { vm.runInThisContext('var x = ;', 'f.vm'); });
show('runInNewContext', function () { vm.runInNewContext('var x = ;', {}, 'g.vm'); });
show('Script', function () { new vm.Script('var x = ;', 'h.vm'); });
show('createScript', function () { vm.createScript('var x = ;', 'i.vm'); });
show('JSON.parse', function () { JSON.parse('{bad'); });
show('json require', function () { require('../modules/fixtures/json/bad.json'); });
show('require', function () { require('../modules/fixtures/syntax/token.js'); });
show('thrown in a context', function () { vm.runInNewContext('throw new Error("r")', {}, 'g.vm'); });
show('a context error', function () { vm.runInContext('null.x', vm.createContext({}), 'c.vm'); });
