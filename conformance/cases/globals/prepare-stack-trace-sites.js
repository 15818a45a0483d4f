// A program's own Error.prepareStackTrace (coffee-script 1.6, callsite, tracing libraries) is
// handed call sites as 0.10 had them: library frames name 0.10's files and places, a program
// frame's getTypeName is its receiver's constructor name or "[object Object]".
function format(frame) {
  var name = frame.getFunctionName(), type, method, where;
  var file = frame.getFileName();
  where = frame.isNative() ? 'native' : (file || '<anonymous>').replace(/^.*\//, '') + ':' + frame.getLineNumber() + ':' + frame.getColumnNumber();
  if (frame.isConstructor()) return 'new ' + (name || '<anonymous>') + ' (' + where + ')';
  if (frame.isToplevel()) return name ? name + ' (' + where + ')' : where;
  type = frame.getTypeName();
  method = frame.getMethodName();
  if (!name) return type + '.' + (method || '<anonymous>') + ' (' + where + ')';
  return (type && name.indexOf(type) !== 0 ? type + '.' : '') + name + (method && name.indexOf('.' + method) !== name.length - method.length - 1 ? ' [as ' + method + ']' : '') + ' (' + where + ')';
}
Error.prepareStackTrace = function (error, frames) {
  return error + '\n' + frames.map(function (f) { return '  ' + format(f) + ' {' + f.getTypeName() + '}'; }).join('\n');
};
var EE = require('events').EventEmitter;
var e = new EE();
e.on('x', function () { console.log(new Error('in listener').stack.split('\n').slice(0, 4).join('\n')); });
e.emit('x');
// One after the other: a timer and an fs callback race each other.
setTimeout(function () {
  console.log(new Error('in timer').stack);
  require('fs').stat(__filename, function () { console.log(new Error('in fs callback').stack); });
}, 1);
process.nextTick(function () { console.log(new Error('in tick').stack); });
