// The receiver's type in a library frame is its constructor's own name, as V8 3.14 read it: a
// constructor made by `var C = function () {}` had none, so an instance's emit frame reads
// "EventEmitter.emit"; a declared one (`function D() {}`) names it ("D.EventEmitter.emit").
var EventEmitter = require('events').EventEmitter;
var util = require('util');
var Stream = require('stream');
var C = function () { EventEmitter.call(this); };
util.inherits(C, EventEmitter);
function D() { EventEmitter.call(this); }
util.inherits(D, EventEmitter);
var R = function () { Stream.Readable.call(this); };
util.inherits(R, Stream.Readable);
R.prototype._read = function () { this.push('x'); this.push(null); };
function frames(e) { return e.stack.split('\n').slice(1, 3).map(function (l) { return l.replace(/\(.*[\\\/]/, '('); }).join(' | '); }
[new C(), new D()].forEach(function (emitter) {
  emitter.on('x', function () { console.log(frames(new Error('in a listener'))); });
  emitter.emit('x');
});
var r = new R();
r.on('data', function () { console.log(frames(new Error('in data'))); });
