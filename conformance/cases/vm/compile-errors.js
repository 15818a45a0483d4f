// Compile errors from vm: their messages (V8 3.14's wording) and which realm's SyntaxError
// they are; a `var` declared without a value comes back onto the sandbox.
var vm = require('vm');
function show(label, f) {
  try { f(); console.log(label, 'no error'); } catch (e) {
    console.log(label, e.name, JSON.stringify(e.message), e instanceof SyntaxError, String(e.stack).split('\n')[0]);
  }
}
show('thisContext', function () { vm.runInThisContext('var = 1', 'myfile.vm'); });
show('newContext', function () { vm.runInNewContext('(', {}, 'f.js'); });
show('context', function () { vm.runInContext('a b', vm.createContext()); });
show('createScript', function () { vm.createScript('}}'); });
show('Script', function () { new vm.Script('if (x) { break; }'); });
show('illegal', function () { vm.runInThisContext('@'); });
show('string', function () { vm.runInNewContext('"abc" "def"'); });
show('number', function () { vm.runInNewContext('1 2'); });
var sb = {};
vm.runInNewContext('var c; var d = 1; e = 2; function f() {}', sb);
console.log(Object.keys(sb).sort(), 'c' in sb, sb.c);
var ctx = vm.createContext({});
vm.runInContext('var q;', ctx);
console.log('q' in ctx, ctx.q);
