// An unhandled 'error' event ends the program like an uncaught exception (exit code 8).
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
console.log('before');
setTimeout(function () { console.log('never printed'); }, 10);
e.emit('error', new Error('nobody listens'));
console.log('not reached');
