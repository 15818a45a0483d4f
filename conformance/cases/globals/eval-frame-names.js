// Frames of eval code as V8 3.14 named them: direct eval run with an object for `this` (a
// module's top level, a method) is "Object.eval", with the global object plain "eval"; a
// new Function's function is named by how it was called. (Places left out: inside eval code
// they are the engine's own.)
function names(e) { return e.stack.split('\n').slice(1, 3).map(function (l) { return l.replace(/^\s+at /, '').replace(/ \(.*$/, '').replace(/^\/.*\//, ''); }).join(' < '); }
function show(label, f) { try { f(); } catch (e) { console.log(label + ': ' + names(e)); } }
try { eval('null.x'); } catch (e) { console.log('module eval: ' + names(e)); }
show('function eval', function () { eval('null.x'); });
show('method eval', function () { ({ m: function () { eval('null.x'); } }).m(); });
show('new Function', function () { new Function('return null.x')(); });
show('new Function call', function () { new Function('return this.a.b').call({}); });
show('eval inner', function () { eval('(function inner() { null.x; })()'); });
show('indirect eval', function () { (0, eval)('null.x'); });
