// Functions at unquoted keyword keys of an object literal ({ throw: function () {…} }): V8 3.14
// named nothing by a keyword, so the frame reads "Object.A [as throw]"; a future reserved word
// (class, let, yield…) named the function as any key ("Object.A.class").
var A = function A() {};
A.prototype = {a: function () { throw new Error() },
throw: function () { throw new Error() },
instanceof: function () { throw new Error() },
class: function () { throw new Error() },
enum: function () { throw new Error() },
const: function () { throw new Error() },
null: function () { throw new Error() },
true: function () { throw new Error() },
let: function () { throw new Error() },
yield: function () { throw new Error() },
static: function () { throw new Error() },
super: function () { throw new Error() },
import: function () { throw new Error() },
new: function () { throw new Error() },
typeof: function () { throw new Error() },
delete: function () { throw new Error() },
in: function () { throw new Error() },
default: function () { throw new Error() },
debugger: function () { throw new Error() },
var: function () { throw new Error() },
export: function () { throw new Error() },
extends: function () { throw new Error() }};
var keys = ["a","throw","instanceof","class","enum","const","null","true","let","yield","static","super","import","new","typeof","delete","in","default","debugger","var","export","extends"];
keys.forEach(function (k) { try { new A()[k](); } catch (e) { console.log(k, e.stack.split("\n")[1].trim().split(" (")[0]); } });
