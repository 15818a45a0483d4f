// once() listeners under re-entrant emits (0.10.19's once wrapper has no "fired" guard),
// and a 'newListener' listener that replaces _events.
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
e.once('x', function () { console.log('o1'); e.emit('x'); });
e.once('x', function () { console.log('o2'); });
console.log(e.emit('x'), e.listeners('x').length);

var f = new EventEmitter();
var n = 0;
f.once('y', function (v) { n++; console.log('y', v, n); if (n < 3) f.emit('y', v + 1); });
f.emit('y', 0);
console.log(f.emit('y', 9));

var g = new EventEmitter();
g.on('newListener', function (type) { if (type === 'z') g.removeAllListeners(); });
g.on('z', function () {});
console.log(g.listeners('z').length, g.listeners('newListener').length, Object.keys(g._events));

// listeners removed/added while emitting
var h = new EventEmitter();
function a() { console.log('a'); h.removeListener('q', b); h.on('q', c); }
function b() { console.log('b'); }
function c() { console.log('c'); }
h.on('q', a); h.on('q', b);
h.emit('q'); h.emit('q');
