var EventEmitter = require('events').EventEmitter;
var em = new EventEmitter();
var saved;
try { throw new Error('first'); } catch (e) { saved = e; }
process.nextTick(function () { em.emit('error', saved); });
