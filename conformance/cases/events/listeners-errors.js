// once/on/newListener/removeListener, emit('error') with an Error, a string and nothing, maxListeners warning, chaining.
var EE = require('events').EventEmitter;
var util = require('util');
var e = new EE();
e.on('newListener', function (n, l) { console.log('newListener', n, typeof l); });
e.on('removeListener', function (n) { console.log('removeListener', n); });
function a() { console.log('a'); }
e.once('x', a);
e.on('x', function () { console.log('b', arguments.length); });
console.log(EE.listenerCount(e, 'x'), e.listeners('x').length);
e.emit('x', 1, 2, 3);
e.emit('x');
e.removeAllListeners('x');
console.log(e.listeners('x'));
try { e.emit('error', new Error('unhandled')); } catch (er) { console.log('thrown', er.message); }
try { e.emit('error', 'str'); } catch (er) { console.log('thrown2', er instanceof Error, er.message); }
try { e.emit('error'); } catch (er) { console.log('thrown3', er.message); }
e.setMaxListeners(1);
e.on('y', a); e.on('y', a);
console.log(util.inspect(e._events.y.warned !== undefined ? 'warned' : 'not'));
console.log(Object.keys(e).sort());
e.removeAllListeners();
console.log(util.inspect(e, { depth: 0 }));
console.log(e.on('z', a) === e, e.removeListener('z', a) === e, e.emit('z'));
