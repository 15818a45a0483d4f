// Stack frames of EventEmitter's methods carry 0.10's names: "EventEmitter.addListener", and
// "My.EventEmitter.once" on a subclass instance (the engine infers the function's name from
// the assignment to EventEmitter.prototype). Read through the CallSite API, and as e.stack
// prints them (frame names only, not their places).
var EventEmitter = require('events').EventEmitter;
var util = require('util');
function My() { EventEmitter.call(this); }
util.inherits(My, EventEmitter);
function frameOf(f, method) {
  var saved = Error.prepareStackTrace;
  Error.prepareStackTrace = function (e, frames) { return frames; };
  var sites;
  try { f(); } catch (e) { sites = e.stack; }
  Error.prepareStackTrace = saved;
  if (!sites) return 'no throw';
  for (var i = 0; i < sites.length; i++) {
    var name = sites[i].getFunctionName();
    if (name && name.slice(-method.length - 1) === '.' + method) return sites[i].getTypeName() + ' ' + name;
  }
  return 'no frame for ' + method;
}
console.log(frameOf(function () { new EventEmitter().on('x', 1); }, 'addListener'));
console.log(frameOf(function () { new My().addListener('x', null); }, 'addListener'));
console.log(frameOf(function () { new My().once('x', 1); }, 'once'));
console.log(frameOf(function () { new EventEmitter().removeListener('x', {}); }, 'removeListener'));
console.log(frameOf(function () { new My().setMaxListeners(-1); }, 'setMaxListeners'));
console.log(frameOf(function () { var e = new My(); e.on('removeListener', function () { throw new Error('x'); }); e.on('a', function () {}); e.removeAllListeners('a'); }, 'removeAllListeners'));
console.log(frameOf(function () { var e = new My(); e.on('x', function () { throw new Error('x'); }); e.emit('x'); }, 'emit'));
