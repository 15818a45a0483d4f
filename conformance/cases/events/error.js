// 'error' with no listener throws the Error itself, or a TypeError for anything else.
var EventEmitter = require('events').EventEmitter;

function attempt(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (er) {
    console.log(label, 'threw', er instanceof Error ? er.name + ': ' + er.message : typeof er + ' ' + er);
  }
}

var e = new EventEmitter();
var boom = new Error('boom');
attempt('Error', function () { return e.emit('error', boom); });
try { e.emit('error', boom); } catch (er) { console.log('same object:', er === boom); }
attempt('RangeError', function () { return e.emit('error', new RangeError('range')); });
attempt('string', function () { return e.emit('error', 'just a string'); });
attempt('object', function () { return e.emit('error', { message: 'm' }); });
attempt('nothing', function () { return e.emit('error'); });
attempt('null', function () { return e.emit('error', null); });

e._events.error = [];
attempt('empty listener array', function () { return e.emit('error', new Error('x')); });

var handled = new EventEmitter();
handled.on('error', function (er) { console.log('handled:', er instanceof Error ? er.message : er); });
attempt('handled', function () { return handled.emit('error', 5); });
attempt('handled Error', function () { return handled.emit('error', new Error('caught')); });
