// Error.stackTraceLimit counts 0.10's frames: a deep stack through an emit with two listeners
// (n10 runs a function of its own there, which stacks leave out) still shows ten frames; 0
// gives a stack of undefined, a negative number every frame; the global Error is the engine's
// constructor in every other way.
var EventEmitter = require('events').EventEmitter;
var em = new EventEmitter();
em.on('go', function first() {});
em.on('go', function second(depth) { deep(depth); });
function deep(n) { if (n > 0) return deep(n - 1); console.log(new Error('deep').stack.replace(/\(\/.*\//g, '(')); }
function viaEmit(n) { if (n > 0) return viaEmit(n - 1); em.emit('go', 3); }
viaEmit(3);
Error.stackTraceLimit = 4;
viaEmit(1);
Error.stackTraceLimit = 0;
var z = new Error('zero');
console.log('stack' in z, z.hasOwnProperty('stack'), z.stack);
Error.stackTraceLimit = -1;
console.log(new Error('all').stack.split('\n').length);
Error.stackTraceLimit = 10;
var util = require('util');
function MyErr(m) { Error.call(this); Error.captureStackTrace(this, MyErr); this.message = m; }
util.inherits(MyErr, Error);
MyErr.prototype.name = 'MyErr';
var e = new MyErr('boom');
console.log(e instanceof Error, Object.getPrototypeOf(new Error()) === Error.prototype, new Error('x').constructor === Error,
  Error.prototype.constructor === Error, String(Error), Object.keys(Error), util.inspect(Error), e.stack.split('\n')[0],
  Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit'), 'prepareStackTrace' in Error);
Error.prepareStackTrace = function (err, frames) { return 'formatted ' + frames.length; };
console.log(Object.keys(Error), new Error('f').stack, typeof Error.prepareStackTrace);
delete Error.prepareStackTrace;
console.log(Object.keys(Error), new Error('g').stack.split('\n')[0]);
