// The leak warning: printed through console.error then console.trace, once per listener
// array (the array gets warned = true), only above _maxListeners, never when it is 0.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

console.error = function () { console.log('console.error:', util.format.apply(util, arguments)); };
console.trace = function () { console.log('console.trace called with', arguments.length, 'arguments'); };
function noop() {}

var e = new EventEmitter();
for (var i = 0; i < 10; i++) e.on('a', noop);
console.log('10 listeners, warned:', e._events.a.warned);
e.on('a', noop);
console.log('11 listeners, warned:', e._events.a.warned);
e.on('a', noop);
for (var j = 0; j < 11; j++) e.on('b', noop);
console.log(util.inspect(e._events.b).split('\n').pop());
e.removeAllListeners('a');
for (var k = 0; k < 11; k++) e.on('a', noop);

var small = new EventEmitter();
small.setMaxListeners(1);
small.on('x', noop);
small.on('x', noop);

var unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (var m = 0; m < 50; m++) unlimited.on('x', noop);
console.log('unlimited warned:', unlimited._events.x.warned);

var unset = new EventEmitter();
unset._maxListeners = undefined;
for (var n = 0; n < 20; n++) unset.on('x', noop);
console.log('unset warned:', unset._events.x.warned);

var once = new EventEmitter();
for (var p = 0; p < 11; p++) once.once('x', noop);
console.log('once warned:', once._events.x.warned);
