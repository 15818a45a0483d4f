var vm = require("vm");
console.log(Object.keys(vm), typeof vm.Script, Object.keys(vm.Script.prototype));
var ctx = vm.createContext({x: 2}); console.log(vm.runInContext("x * 2", ctx), JSON.stringify(ctx), Object.prototype.toString.call(ctx));
vm.runInContext("y = x + 1; x = 10", ctx); console.log(JSON.stringify(ctx));
ctx.z = 5; console.log(vm.runInContext("z + y", ctx));
delete ctx.x; console.log(vm.runInContext("typeof x", ctx), JSON.stringify(ctx));
console.log(vm.runInThisContext("typeof require"), vm.runInThisContext("var zz = 5; zz"), typeof zz);
var sc = vm.createScript("k = (typeof k === \"number\" ? k : 0) + 1", "file.js"); console.log(Object.keys(sc), sc instanceof vm.Script);
var sb = {}; sc.runInNewContext(sb); console.log(JSON.stringify(sb)); sc.runInThisContext(); console.log(typeof k);
try { vm.runInThisContext("throw new Error(\"inner\")", "myfile.vm") } catch (e) { console.log(e.stack.split("\n").slice(0,2)) }
try { new vm.Script("1 +", "bad.js") } catch (e) { console.log(e.name) }
console.log(vm.runInNewContext("Object") === Object, vm.runInNewContext("[1,2]") instanceof Array);
console.log(vm.runInNewContext("typeof console + typeof setTimeout + typeof process"));
console.log(vm.runInNewContext("Object.keys(this)", {a:1,b:2}));
try { vm.runInContext("1", {}) } catch (e) { console.log(e.name, e.message) }
try { vm.runInNewContext() } catch (e) { console.log(e.name, e.message) }
console.log(vm.runInThisContext(42), vm.runInThisContext(""));
var sb3 = {o: {deep: 1}}; vm.runInNewContext("o.deep = 2", sb3); console.log(JSON.stringify(sb3));
var s = {a:1}; var r = vm.runInNewContext("b = a + 1; var c = 3; this.d = 4; typeof require", s); console.log(r, Object.keys(s).sort());
