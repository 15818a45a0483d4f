// Subclassing the 0.10 way, and what the instance looks like.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

function Door(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Door, EventEmitter);
Door.prototype.open = function () { this.emit('open', this.name); return this; };

var door = new Door('front');
door.on('open', function (name) { console.log('opened', name, this instanceof Door); });
door.once('open', function () { console.log('first open only'); });
door.open().open();
console.log(util.inspect(door));
console.log(door instanceof EventEmitter, Door.super_ === EventEmitter, Object.keys(door));

// Properties preset before the constructor runs are kept.
function Preset() { this._maxListeners = 3; this._events = { x: function kept() {} }; EventEmitter.call(this); }
util.inherits(Preset, EventEmitter);
console.log(util.inspect(new Preset()));
