// EventEmitter.listenerCount(emitter, event) with no emitter: caught, then uncaught (stderr
// shows 0.10's events.js:283 and the frame Function.EventEmitter.listenerCount).
var EE = require('events').EventEmitter;
[null, undefined].forEach(function (v) {
  try { EE.listenerCount(v, 'x'); } catch (e) { console.log(e.name, e.message, e.stack.split('\n')[1]); }
});
var e = new EE();
console.log(EE.listenerCount(e, 'x'), EE.listenerCount({}, 'x'), EE.listenerCount({ _events: { x: [1, 2] } }, 'x'), EE.listenerCount(5, 'x'));
var srcs = [
  "require('events').EventEmitter.listenerCount(null, 'x')",
  "require('events').EventEmitter.listenerCount()"
];
require('../../lib/uncaught-heads')(srcs, null, 7);
