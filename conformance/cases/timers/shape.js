// require('timers'): 0.10's members, in order; the globals are the same functions.
var timers = require('timers');
console.log(timers);
console.log(timers.setTimeout === setTimeout, timers.clearTimeout === clearTimeout, timers.setInterval === setInterval,
  timers.clearInterval === clearInterval, timers.setImmediate === setImmediate, timers.clearImmediate === clearImmediate);
console.log(setTimeout, setImmediate);
