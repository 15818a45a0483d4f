// Engine errors in code made at run time: a vm context's ReferenceError at the name (as in the
// program's own realm), a failed call in new Function code in 0.10's words (Cannot call method).
var vm = require('vm');
try { vm.runInNewContext('_ = undefinedVar;', {}, 'repl'); } catch (e) { console.log(e.stack.split('\n')[1], e instanceof ReferenceError); }
try { vm.runInThisContext('_ = undefinedVar2;', 'repl2'); } catch (e) { console.log(e.stack.split('\n')[1]); }
try { new Function('return (this.foo.toJS())').call({}); } catch (e) { console.log(e.message, e.stack.split('\n')[1]); }
try { new Function('a', 'var x = 1;\nreturn a.b.c()').call({}, {}); } catch (e) { console.log(e.message, e.stack.split('\n')[1]); }
