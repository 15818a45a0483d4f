// util.inherits (with super_) and util._extend.
var util = require('util');
var events = require('events');

function MyStream() {
  events.EventEmitter.call(this);
}
util.inherits(MyStream, events.EventEmitter);
MyStream.prototype.write = function (data) {
  this.emit('data', data);
};
var stream = new MyStream();
console.log(stream instanceof events.EventEmitter);
console.log(MyStream.super_ === events.EventEmitter);
stream.on('data', function (data) {
  console.log('Received data: "' + data + '"');
});
stream.write('It works!');
console.log(Object.keys(MyStream), Object.getOwnPropertyNames(MyStream.prototype));
console.log(MyStream.prototype.constructor === MyStream, Object.keys(MyStream.prototype));
console.log(util.inspect(stream));

function Base() {}
Base.prototype.hello = function () { return 'hello from base'; };
function Child() {}
Child.prototype.old = function () {};
util.inherits(Child, Base);
console.log(new Child().hello(), typeof new Child().old, Child.super_ === Base);
try { util.inherits(Child, null); } catch (e) { console.log('null super:', e.name); }

var o = { keep: 1 };
console.log(util._extend(o, { a: 1, b: 2, c: 3 }) === o, util.inspect(o), Object.keys(o));
console.log(util.inspect(util._extend({ x: 1 }, 'str')));
console.log(util.inspect(util._extend({ x: 1 }, null)));
console.log(util.inspect(util._extend({}, [5, 6])));
console.log(util._extend(1, { a: 1 }));
var proto = { inherited: true };
var withProto = Object.create(proto);
withProto.own = 1;
console.log(util.inspect(util._extend({}, withProto)));
console.log(util.inherits.length, util._extend.length);
