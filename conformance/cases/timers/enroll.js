// timers.enroll/active/unenroll: any object becomes a timer (0.10's socket timeouts).
var timers = require('timers');
var obj = { _onTimeout: function () { console.log('obj timed out', this === obj); } };
timers.enroll(obj, 5);
console.log(Object.keys(obj), obj._idleTimeout);
timers.active(obj);
console.log(typeof obj._idleStart, obj._idleNext !== obj);
var other = { _onTimeout: function () { console.log('other: must not run'); } };
timers.enroll(other, 5);
timers.active(other);
timers.unenroll(other);
console.log(other._idleTimeout, other._idleNext, other._idlePrev);
var re = { _onTimeout: function () { console.log('re-armed fired once'); } };
timers.enroll(re, 8);
timers.active(re);
setTimeout(function () { timers.active(re); }, 4);
