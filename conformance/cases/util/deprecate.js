// util.deprecate (the message goes through console.error once) and the deprecated
// util.p / util.pump / util.exec.
var util = require('util');

var messages = [];
console.error = function () { messages.push(util.format.apply(util, arguments)); };

var f = util.deprecate(function (a, b) { return [this && this.tag, a, b]; }, 'f is deprecated');
console.log(f.name, f.length);
console.log(f.call({ tag: 'T' }, 1, 2), f(3, 4), f(5, 6));
console.log(messages);

process.noDeprecation = true;
var quiet = util.deprecate(function () { return 'quiet'; }, 'never shown');
console.log(quiet(), quiet.name);
process.noDeprecation = false;
console.log(messages);

process.throwDeprecation = true;
var thrower = util.deprecate(function () { return 'x'; }, 'thrown message');
try { thrower(); } catch (e) { console.log('threw', e.name, e.message); }
try { thrower(); } catch (e) { console.log('threw again', e.message); }
process.throwDeprecation = false;

console.log(util.p.name, util.pump.name, util.exec.name);
console.log(typeof util.p, typeof util.pump, typeof util.exec);
