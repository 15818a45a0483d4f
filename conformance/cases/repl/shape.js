// require('repl'): the module, REPLServer's prototype, a server's members and commands.
var repl = require('repl');
var util = require('util');
var EventEmitter = require('events').EventEmitter;
console.log(util.inspect(repl, { depth: 0 }));
console.log(repl.writer === util.inspect, repl._builtinLibs);
console.log(Object.keys(repl.REPLServer.prototype), repl.REPLServer.length, repl.start.length, repl.REPLServer.super_ === EventEmitter);

function streams() {
  var input = new EventEmitter();
  input.pause = input.resume = function () {};
  var output = new EventEmitter();
  output.write = function () {};
  return { input: input, output: output };
}
var s = streams();
var r = repl.start({ input: s.input, output: s.output });
console.log(repl.repl === r, r instanceof repl.REPLServer, r.inputStream === s.input, r.outputStream === s.output);
console.log(Object.keys(r));
console.log(Object.keys(r.commands), r.commands['.help'], r.commands['.clear'].help);
console.log(r.lines, r.lines.level, r.prompt, r.bufferedCommand, r.useColors, r.useGlobal, r.ignoreUndefined, r.eval.length);
console.log(Object.keys(r.context).length, r.context.constructor.name, r.context.console === console, Object.keys(r.context.console));
console.log(r.context.module.id, typeof r.context.require, r.context.require.main, typeof r.context.require.resolve);
var r2 = repl.start({ input: streams().input, output: streams().output });
console.log(repl.repl === r, repl.repl === r2);
var duplex = streams().input;
duplex.write = function () {};
var r3 = repl.REPLServer('$ ', duplex);
console.log(r3 instanceof repl.REPLServer, r3.prompt, r3.inputStream === duplex, r3.outputStream === duplex);
[
  function () { repl.start(); },
  function () { repl.start(5); },
  function () { r.defineCommand('x', {}); },
  function () { r.defineCommand('x', null); }
].forEach(function (f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
});
