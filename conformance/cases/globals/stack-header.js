// The first line of err.stack is the error's toString() when the stack is first read
// (V8 3.14 made the stack then): a message or name changed before, an own or inherited
// toString, an object given to Error.captureStackTrace. Error.prepareStackTrace reads as
// undefined, and a program's own is used.
function first(x) { return JSON.stringify(String(x.stack).split('\n')[0]); }

var e = new Error('before');
e.message = 'after';
e.name = 'Renamed';
console.log(first(e));

var own = new Error('m');
own.toString = function () { return 'own toString'; };
console.log(first(own));

function Custom(message) { this.message = message; Error.captureStackTrace(this, Custom); }
Custom.prototype = Object.create(Error.prototype);
Custom.prototype.toString = function () { return 'Custom<' + this.message + '>'; };
console.log(first(new Custom('c')));

var plain = {};
Error.captureStackTrace(plain);
console.log(first(plain));

var named = { name: 'N', message: 'm' };
Error.captureStackTrace(named);
console.log(first(named));

var throwing = new Error('t');
throwing.toString = function () { throw new Error('inner'); };
console.log(first(throwing));

var read = new Error('r');
console.log(first(read));
read.message = 'changed after the first read';
console.log(first(read));

console.log(typeof Error.prepareStackTrace, Object.keys(Error));
var saved = Error.prepareStackTrace;
Error.prepareStackTrace = function (err, frames) { return 'mine: ' + err.message + ' ' + typeof frames[0].getFileName; };
console.log(new Error('p').stack);
Error.prepareStackTrace = saved;
console.log(typeof Error.prepareStackTrace, first(new Error('back')));
