// 'newListener' (before adding, with the original listener for once) and 'removeListener'
// (after removing), including removeAllListeners' order.
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
e.on('newListener', function (type, listener) {
  console.log('newListener', type, listener.name || '(anon)', e.listeners(type).length);
});
e.on('removeListener', function (type, listener) {
  console.log('removeListener', type, listener.name || '(anon)', e.listeners(type).length);
});
function one() {}
function two() {}
function three() {}
e.on('a', one);
e.on('a', two);
e.once('b', three);
e.once('c', one);
e.removeListener('a', one);
e.emit('b');
e.removeListener('c', one);
e.on('d', one); e.on('d', two); e.once('d', three);
console.log('-- removeAllListeners(d)');
e.removeAllListeners('d');
e.on('x', one); e.on('y', two);
console.log('-- removeAllListeners()');
e.removeAllListeners();
console.log(Object.keys(e._events));

// A 'newListener' listener is not told about itself; one added later is.
var f = new EventEmitter();
f.on('newListener', function (t) { console.log('f first hears', t); });
f.on('newListener', function (t) { console.log('f second hears', t); });
f.on('z', one);
