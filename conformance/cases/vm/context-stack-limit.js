// A vm context's Error.stackTraceLimit is its own, 10 by default: its errors' stacks count frames
// against it (called from deep in the program, after the context sets 3, and 0), and its Error
// is still its engine's (instanceof, Error(m), keys).
var vm = require('vm');
var ctx = vm.createContext({});
function ev(code) { try { return vm.runInContext(code, ctx, 'repl'); } catch (e) { return e.stack.split('\n').length - 1; } }
function deep(n, code) { return n ? deep(n - 1, code) : ev(code); }
console.log(deep(30, 'undefinedVar'));
console.log(deep(30, 'Error.stackTraceLimit = 3'));
console.log(deep(30, 'undefinedVar'));
console.log(deep(30, 'new Error("x").stack.split("\\n").length - 1'));
console.log(vm.runInNewContext('Error.stackTraceLimit'), vm.runInNewContext('Object.keys(Error).join()'), vm.runInNewContext('String(Error)'));
console.log(vm.runInNewContext('new Error("a") instanceof Error'), vm.runInNewContext('Error("b").message'), vm.runInNewContext('var e = new TypeError("t"); e instanceof Error'));
var c2 = vm.createContext({}); vm.runInContext('Error.stackTraceLimit = 0', c2); console.log(typeof vm.runInContext('new Error("z").stack', c2), Error.stackTraceLimit);
