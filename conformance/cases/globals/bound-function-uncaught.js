// An uncaught error that left a bound function: V8 3.14's bind called the target through a
// runtime function whose return to C++ took the exception's message, so 0.10 showed no source
// line above the error, whatever threw it (a throw statement, the engine, events' unhandled
// 'error', 0.10's bound console.timeEnd), when a try…finally of 0.10's lay above (loading a
// module, a timer, a tick) and the program did not catch it and throw it again; an I/O
// callback, an immediate, an 'exit' listener and -e code kept it. One that never went through a
// bound function shows its line as ever.
var printUncaughtHeads = require('../../lib/uncaught-heads');
var printUncaughtFileHeads = require('../../lib/uncaught-file-heads');
var sources = [
  'var f = function () { throw new Error("thrown") }.bind(null);\nf();\n',
  'var f = function () { null.x }.bind({});\nf();\n',
  'var B = function B() { throw new Error("ctor") }.bind(null);\nnew B();\n',
  'var E = require("events").EventEmitter, e = new E();\nvar f = function () { e.emit("error", new Error("emitted")) }.bind(e);\nf();\n',
  'function inner() { throw new Error("inner") }\nvar b = inner.bind(null);\ntry { b() } catch (e) { throw e }\n',
  'function inner() { throw new Error("inner") }\nvar b = inner.bind(null);\nfunction outer() { try { b() } catch (e) { throw e } }\nouter.bind(null)();\n',
  'var b = function () { return 1 }.bind(null);\nb();\nnull.z;\n',
  'setTimeout(function () { throw new Error("timer") }.bind(null), 1);\n',
  'process.nextTick(function () { throw new Error("tick") }.bind(null));\n',
  'setImmediate(function () { throw new Error("immediate") }.bind(null));\n',
  'require("fs").stat(__filename, function () { throw new Error("fs callback") }.bind(null));\n',
  'process.on("exit", function () { throw new Error("exit listener") }.bind(null));\n',
  'console.timeEnd("never started");\n',
  'var g;\nvar f = function () { g(); };\ng = f.bind(null);\ntry { g(); } catch (e) { console.log(e.message); }\ng();\n'
];
printUncaughtFileHeads(sources, asEval);
function asEval() {
  printUncaughtHeads([
    'var f = function () { throw new Error("thrown") }.bind(null); f();',
    'var f = function () { null.x }.bind({}); f();',
    'var f = function () { throw "a string" }.bind(null); f();',
    'var B = function B() { throw new Error("ctor") }.bind(null); new B();',
    'setTimeout(function () { undefined.y }.bind(this), 1);',
    'var E = require("events").EventEmitter, e = new E(); var f = function () { e.emit("error", new Error("emitted")) }.bind(e); f();',
    'function inner() { throw new Error("inner") } var b = inner.bind(null); try { b() } catch (e) { throw e }',
    'function inner() { throw new Error("inner") } var b = inner.bind(null); function outer() { try { b() } catch (e) { throw e } } outer.bind(null)();',
    'var b = function () { return 1 }.bind(null); b(); null.z;'
  ]);
}
