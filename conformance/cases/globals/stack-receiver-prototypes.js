// A library frame's receiver type, for objects made by a program's constructor whose prototype
// the program replaced: V8 3.14 read receiver.constructor.name, which came from the prototype
// (`C.prototype = new Stream` → Stream, `Object.create(EventEmitter.prototype)` → EventEmitter,
// an object literal → Object), unless the program set the constructor back.
var Stream = require('stream');
var EventEmitter = require('events').EventEmitter;
function frames(e) { return e.stack.split('\n').slice(1, 3).map(function (l) { return l.replace(/\(.*[\\\/]/, '('); }).join(' | '); }
function Charm() {}
Charm.prototype = new Stream;
function Made() { EventEmitter.call(this); }
Made.prototype = Object.create(EventEmitter.prototype);
function Lit() {}
Lit.prototype = { emit: EventEmitter.prototype.emit, on: EventEmitter.prototype.on };
function Back() {}
Back.prototype = new EventEmitter();
Back.prototype.constructor = Back;
[new Charm(), new Made(), new Lit(), new Back()].forEach(function (x) {
  x.on('x', function () { console.log(frames(new Error('listener'))); });
  x.emit('x');
});
try { new Charm().on('x', null); } catch (e) { console.log(frames(e)); }
