// require('readline'): the module, Interface's prototype, an interface's own members in
// both modes, and argument errors.
var readline = require('readline');
var util = require('util');
var EventEmitter = require('events').EventEmitter;
console.log(util.inspect(readline));
console.log(Object.keys(readline.Interface.prototype));
console.log(readline.Interface.super_ === EventEmitter, readline.Interface.length, readline.createInterface.length);

function streams(cols) {
  var input = new EventEmitter();
  input.pause = input.resume = function () {};
  var output = new EventEmitter();
  output.write = function () {};
  if (cols) output.columns = cols;
  return { input: input, output: output };
}
var s = streams(80);
var plain = readline.createInterface({ input: s.input, output: s.output, terminal: false });
console.log(Object.keys(plain), Object.keys(plain._events), Object.keys(s.input._events));
console.log(plain.terminal, plain._prompt, plain._promptLength, plain.columns, plain.line, plain.cursor, typeof plain.completer, plain.completer.length);
plain.close();
console.log(Object.keys(plain), Object.keys(s.input._events), plain.closed, plain.paused);

var t = streams();
var tty = readline.createInterface({ input: t.input, output: t.output, terminal: true, completer: function (l) { return [[], l]; } });
console.log(Object.keys(tty), Object.keys(t.input._events), Object.keys(t.output._events));
console.log(tty.terminal, tty.line, tty.cursor, tty.history, tty.historyIndex, tty.columns, tty.completer.length, typeof t.input._keypressDecoder);
tty.close();
console.log(Object.keys(t.input._events), Object.keys(t.output._events), t.input.listeners('data').length);

var nonew = readline.Interface(streams(10).input, streams(10).output);
console.log(nonew instanceof readline.Interface, nonew.terminal);
var pos = readline.createInterface(streams(10).input, { isTTY: true, write: function () {}, on: function () {}, columns: 3 });
console.log(pos.terminal, pos.columns);

[
  function () { readline.createInterface({ input: streams().input, output: streams().output, completer: 'x' }); },
  function () { readline.createInterface({ input: streams().input, completer: function () {} }); },
  function () { readline.createInterface({}); },
  function () { readline.createInterface(); },
  function () { readline.createInterface({ input: streams().input, output: null }); }
].forEach(function (f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
});
