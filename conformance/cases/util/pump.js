// util.pump: data/drain/end/close/error wiring between two streams, callback once.
var util = require('util');
var EventEmitter = require('events').EventEmitter;

console.error = function () {}; // the deprecation notice
function mock(name) {
  var e = new EventEmitter();
  ['write', 'end', 'pause', 'resume', 'destroy'].forEach(function (m) {
    e[m] = function (x) {
      console.log(name + '.' + m + (x === undefined ? '' : ' ' + x));
      return !(m === 'write' && x === 'full');
    };
  });
  return e;
}

var r = mock('r'), w = mock('w');
util.pump(r, w, function () { console.log('callback', arguments.length, arguments[0]); });
console.log(Object.keys(r._events), Object.keys(w._events));
r.emit('data', 'a');
r.emit('data', 'full');
w.emit('drain');
r.emit('end');
r.emit('close');
r.emit('close');

var r2 = mock('r2'), w2 = mock('w2');
util.pump(r2, w2, function (e) { console.log('callback2', e); });
r2.emit('error', 'read failed');
w2.emit('error', 'write failed');

var r3 = mock('r3'), w3 = mock('w3');
util.pump(r3, w3, function (e) { console.log('callback3', e); });
w3.emit('error', 'write failed');

var r4 = mock('r4'), w4 = mock('w4');
util.pump(r4, w4);
r4.emit('end');
r4.emit('close');
r4.emit('error', 'late');
