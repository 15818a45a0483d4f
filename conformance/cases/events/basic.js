// on / addListener / once / emit / listeners / listenerCount / removeListener /
// removeAllListeners: return values, order, `this`, arguments, and the _events layout.
var events = require('events');
var util = require('util');
var EventEmitter = events.EventEmitter;

console.log(Object.keys(events), typeof EventEmitter, events.usingDomains);
console.log(Object.keys(EventEmitter.prototype), Object.keys(EventEmitter));
console.log(EventEmitter.length, EventEmitter.prototype.emit.length, EventEmitter.prototype.on === EventEmitter.prototype.addListener);

var e = new EventEmitter();
console.log(util.inspect(e), Object.keys(e));

function a(x) { console.log('a', x, this === e); }
function b(x, y) { console.log('b', x, y, arguments.length); }
console.log(e.on('ev', a) === e, e.addListener('ev', b) === e);
console.log(util.inspect(e._events));
console.log(e.emit('ev', 1, 2), e.emit('nothing'), e.emit('ev'));
e.emit('ev', 1, 2, 3, 4, 5);

console.log(e.listeners('ev').length, e.listeners('ev')[0] === a, e.listeners('none'));
var copy = e.listeners('ev');
copy.push(function () {});
console.log(e.listeners('ev').length, EventEmitter.listenerCount(e, 'ev'), EventEmitter.listenerCount(e, 'none'));

// once: fires once, wrapper visible in _events and listeners().
function c() { console.log('c fired', arguments.length); }
console.log(e.once('single', c) === e);
console.log(util.inspect(e._events.single), util.inspect(e.listeners('single')));
console.log(e.emit('single', 'x'), e.emit('single', 'y'), EventEmitter.listenerCount(e, 'single'));

// removeListener: last registration of a listener goes; a single entry becomes an array no more.
function d() {}
e.on('r', d); e.on('r', a); e.on('r', d);
console.log(util.inspect(e._events.r));
console.log(e.removeListener('r', d) === e, util.inspect(e._events.r));
e.removeListener('r', d);
console.log(util.inspect(e._events.r));
e.removeListener('r', a);
console.log(util.inspect(e._events.r), 'r' in e._events);
console.log(e.removeListener('never', d) === e);
e.once('o', d);
e.removeListener('o', d);
console.log('o removed by original:', e._events.o === undefined);

// Listeners added or removed while emitting.
var h = new EventEmitter();
h.on('x', function first() {
  console.log('first');
  h.on('x', function added() { console.log('added during emit'); });
  h.removeListener('x', second);
});
function second() { console.log('second (removed during the first emit, still called)'); }
h.on('x', second);
h.emit('x');
h.emit('x');

// removeAllListeners, with and without an event name.
var r = new EventEmitter();
r.on('p', d); r.on('p', a); r.on('q', d);
console.log(r.removeAllListeners('p') === r, util.inspect(r._events));
console.log(r.removeAllListeners('nonexistent') === r);
console.log(r.removeAllListeners() === r, util.inspect(r));

// setMaxListeners returns nothing and validates its argument.
console.log(r.setMaxListeners(3), r._maxListeners);
['a', -1, null, undefined].forEach(function (n) {
  try { r.setMaxListeners(n); console.log('accepted', n); } catch (err) { console.log(String(n), err.name, err.message); }
});
r.setMaxListeners(0);
console.log(r._maxListeners);

// A non-function listener is refused everywhere.
['on', 'addListener', 'once', 'removeListener'].forEach(function (m) {
  try { r[m]('x', 'not a function'); console.log(m, 'accepted'); } catch (err) { console.log(m, err.name, err.message); }
});

// Emitting on objects that were never constructed.
var bare = Object.create(EventEmitter.prototype);
console.log(bare.emit('x'), util.inspect(bare), bare.listeners('x'));
var bare2 = Object.create(EventEmitter.prototype);
bare2.on('y', d);
console.log(util.inspect(bare2));
var plain = {};
EventEmitter.call(plain);
console.log(util.inspect(plain));
console.log(util.inspect(EventEmitter.prototype.on.call({}, 'z', d)));

// Quirk kept from 0.10: _events is a plain object, so inherited names are found.
console.log(new EventEmitter().emit('toString'));
